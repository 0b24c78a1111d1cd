using Guangong.Documents.Plans;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Files;

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>
/// The document readers' file (a plan, a summary): a .docx or .txt picked on the form goes up at once
/// (<see cref="PendingUploads"/>, each reader with its own <see cref="UploadKind"/>), and 识别 sends only its token.
/// Read, the text goes on in the form and the upload is removed; a file that cannot be read stays listed with the
/// reason, to be taken off or replaced. A file posted with the form (no page script) or pasted text reads as before
/// (<see cref="PostedDocumentText"/>).
/// </summary>
public sealed class UploadedDocuments(PendingUploads pending)
{
    public const string Text = "text/plain";

    /// <summary>A reader's kind: .docx or .txt of at most <see cref="PlanFileReader.DefaultMaxBytes"/>, for users with one of <paramref name="policies"/>.</summary>
    public static UploadKind Kind(string name, params string[] policies) => new(name, PlanFileReader.DefaultMaxBytes, Identify, policies);

    public static (string? ContentType, string? Error) Identify(ReadOnlySpan<byte> head, long length, string fileName)
    {
        if (length == 0)
        {
            return (null, $"“{fileName}”是空文件（0字节）。");
        }

        if (length > PlanFileReader.DefaultMaxBytes)
        {
            return (null, $"“{fileName}”超过了{PlanFileReader.DefaultMaxBytes / 1024 / 1024}MB的上限。");
        }

        if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && head.StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04]))
        {
            return (Guangong.Documents.MediaTypes.Docx, null);
        }

        // Text has no zero bytes (UTF-16 files, which have, are not what the reader takes either).
        if (fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !head.Contains((byte)0))
        {
            return (Text, null);
        }

        return (null, $"“{fileName}”不是 .docx 或 .txt 文件（.doc 请先在 Word 中另存为 .docx）。");
    }

    /// <summary>
    /// The document's text: the file posted with the form, else the one uploaded (<paramref name="tokens"/>), else the pasted
    /// text; or the reason it cannot be read. An uploaded file that was read is removed.
    /// </summary>
    public async Task<(string? Text, string? Error)> ReadAsync(IFormFile? file, IReadOnlyList<string>? tokens, string? pasted, UploadKind kind, string what, CancellationToken ct = default)
    {
        if (file is { Length: > 0 } || tokens is not { Count: > 0 })
        {
            return await PostedDocumentText.ReadAsync(file, pasted, what);
        }

        var errors = new List<FieldError>();
        var claimed = await pending.ClaimAsync(tokens, kind, "File", errors, ct);
        if (errors.Count > 0 || claimed.Count != 1)
        {
            return (null, errors.FirstOrDefault()?.Message ?? (claimed.Count > 1 ? "一次只能识别一个文件，请移除多余的。" : $"请上传{what}文件，或粘贴{what}全文。"));
        }

        using var stream = new MemoryStream(await pending.ReadBytesAsync(claimed[0], ct));
        var read = PlanFileReader.Read(stream, claimed[0].FileName);
        if (!read.IsSuccess || string.IsNullOrWhiteSpace(read.Text))
        {
            return (null, read.Error ?? $"“{claimed[0].FileName}”里没有文字。");
        }

        await pending.RemoveAsync(claimed[0].Token, ct);
        return (read.Text, null);
    }

    /// <summary>Uploads a refused form names, still the user's and unclaimed.</summary>
    public Task<List<PendingUpload>> DescribeAsync(IEnumerable<string>? tokens, CancellationToken ct = default) => pending.DescribeAsync(tokens, ct);
}

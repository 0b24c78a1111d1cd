using Guangong.Documents.Essays;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// Files picked on the entry forms, uploaded as they are picked (<see cref="PendingUploads"/>): a typed piece's pictures
/// (<see cref="ImageKind"/>, checked as an article's picture) and the .docx or .zip of the upload form (<see cref="FileKind"/>,
/// read as it goes up: <see cref="ReadFile"/>).
/// The page takes them before the save; their bytes then go the way a posted file goes, the claimed rows end in the
/// piece's save (<see cref="Release"/>) and the waiting bytes once it has committed (<see cref="Saved"/>). A refused
/// form lists them again (<see cref="DescribeAsync"/>).
/// </summary>
public sealed class EssayUploads(PendingUploads pending)
{
    public const string Zip = "application/zip";

    public static readonly UploadKind ImageKind = new("essay-image", ArticleImages.MaxBytes, ArticleImages.Identify, [Policies.CanSubmitEssays], ArticleImages.Shrink);

    public static readonly UploadKind FileKind = new("essay-file", EssayEndpoints.MaxUploadBytes, IdentifyFile, [Policies.CanSubmitEssays], Read: ReadFile);

    public const string WrongFileMessage = "请上传 .docx 文件（.doc 请先在 Word 中另存为 .docx），或多篇打成 .zip。";

    /// <summary>A .docx (one piece) or a .zip (many), by its bytes and name; at most <see cref="EssayEndpoints.MaxUploadBytes"/>.</summary>
    public static (string? ContentType, string? Error) IdentifyFile(ReadOnlySpan<byte> head, long length, string fileName)
    {
        if (length == 0)
        {
            return (null, $"“{fileName}”是空文件。");
        }

        if (length > EssayEndpoints.MaxUploadBytes)
        {
            return (null, $"“{fileName}”超过了{EssayEndpoints.MaxUploadBytes / 1024 / 1024} MB的上限，请分成几个压缩包上传。");
        }

        // Both are zip packages: the name tells one piece from many.
        if (head.StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04]))
        {
            if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                return (Guangong.Documents.MediaTypes.Docx, null);
            }

            if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return (Zip, null);
            }
        }

        return (null, $"“{fileName}”不能导入。{WrongFileMessage}");
    }

    /// <summary>
    /// A picked .docx read as a piece, a .zip opened as an archive (its files are read one by one at 上传, each refused
    /// alone), as they go up: one that will not read is refused there, in red beside it, with the reason.
    /// </summary>
    public static string? ReadFile(byte[] bytes, string fileName)
    {
        var error = fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            ? EssayZipReader.Read(new MemoryStream(bytes, writable: false)).Error
            : EssayDocxReader.Read(bytes) is { Succeeded: false } read ? read.Error ?? "无法读取这个文档。" : null;
        return error is null ? null : PickedFile.Refusal($"{fileName}：{error}");
    }

    /// <summary>The typed piece's uploaded pictures, in the order they were picked; what cannot be claimed is an error on "Images".</summary>
    public async Task<(List<PendingUpload> Claimed, List<IncomingImage> Images)> TakeImagesAsync(IReadOnlyList<string>? tokens, List<FieldError> errors, CancellationToken ct = default)
    {
        var claimed = await pending.ClaimAsync(tokens, ImageKind, "Images", errors, ct);
        var images = new List<IncomingImage>();
        foreach (var upload in claimed)
        {
            images.Add(new IncomingImage(upload.FileName, await pending.ReadBytesAsync(upload, ct)));
        }

        return (claimed, images);
    }

    /// <summary>The upload form's one file, or null with an error on "File".</summary>
    public async Task<(PendingUpload Claimed, byte[] Bytes)?> TakeFileAsync(IReadOnlyList<string>? tokens, List<FieldError> errors, CancellationToken ct = default)
    {
        var claimed = await pending.ClaimAsync(tokens, FileKind, "File", errors, ct);
        if (errors.Count > 0 || claimed.Count == 0)
        {
            return null;
        }

        if (claimed.Count > 1)
        {
            errors.Add(new FieldError("File", "一次只能上传一个文件：多篇请打成一个 .zip，或移除多余的文件。"));
            return null;
        }

        return (claimed[0], await pending.ReadBytesAsync(claimed[0], ct));
    }

    /// <summary>Uploads a refused form names, still the user's and unclaimed.</summary>
    public Task<List<PendingUpload>> DescribeAsync(IEnumerable<string>? tokens, CancellationToken ct = default) => pending.DescribeAsync(tokens, ct);

    /// <summary>Drops an upload that could not be used, so the form lists it as refused and does not send it again.</summary>
    public Task<bool> RemoveAsync(string token, CancellationToken ct = default) => pending.RemoveAsync(token, ct);

    /// <summary>Ends the claimed uploads in the piece's save.</summary>
    public void Release(IEnumerable<PendingUpload> claimed) => pending.Release(claimed);

    /// <summary>After the save: the pictures are stored scaled and the document read; the waiting copies go.</summary>
    public void Saved(IEnumerable<PendingUpload> claimed) => pending.DeleteBytes(claimed);
}

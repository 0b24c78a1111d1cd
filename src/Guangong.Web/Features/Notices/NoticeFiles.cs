using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Features.Notices;

/// <summary>
/// Attachments of notices and replies on disk under the data folder. As for activity evidence, a
/// file's type is decided by its content, never by its name: pdf, docx, xlsx, jpg and png only.
/// A notice's file is stored once; the copies on the recipients' rows point at the same key.
/// </summary>
public sealed class NoticeFiles(string directory)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public const int MaxFiles = 10;

    public const string Accept = "application/pdf,.pdf,.docx,.xlsx,image/jpeg,image/png";

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record Upload(string FileName, byte[] Bytes);

    public sealed record Stored(string FileName, string ContentType, long SizeBytes, string Key);

    public static async Task<Upload> ReadAsync(IFormFile file, CancellationToken ct = default)
    {
        if (file.Length > MaxBytes)
        {
            return new Upload(file.FileName, new byte[MaxBytes + 1]);
        }

        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return new Upload(file.FileName, stream.ToArray());
    }

    /// <summary>Every file of a posted form's <paramref name="field"/>, read for checking.</summary>
    public static async Task<IReadOnlyList<Upload>> ReadAllAsync(IFormFileCollection files, string field, CancellationToken ct = default)
    {
        var uploads = new List<Upload>();
        foreach (var file in files.Where(f => f.Length > 0 && f.Name == field))
        {
            uploads.Add(await ReadAsync(file, ct));
        }

        return uploads;
    }

    /// <summary>The content type the bytes really are, or a Chinese reason to refuse them.</summary>
    public static (string? ContentType, string? Error) Identify(ReadOnlySpan<byte> head, long length, string fileName)
    {
        if (length == 0)
        {
            return (null, $"“{fileName}”是空文件。");
        }

        if (length > MaxBytes)
        {
            return (null, $"“{fileName}”超过了每个文件20MB的上限。");
        }

        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", null);
        }

        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", null);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", null);
        }

        if (head.StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04]))
        {
            if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                return (Docx, null);
            }

            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                return (Xlsx, null);
            }
        }

        return (null, $"“{fileName}”不是允许的文件类型：只能上传 pdf、docx、xlsx 文档和 jpg、png 图片。");
    }

    /// <summary>Checks every upload and writes them all, or none: the stored files, or the reasons for refusing.</summary>
    public async Task<(List<Stored> Stored, List<string> Errors)> StoreAllAsync(IReadOnlyList<Upload> uploads, CancellationToken ct)
    {
        if (uploads.Count > MaxFiles)
        {
            return ([], [$"一次最多上传{MaxFiles}个附件，这次选了{uploads.Count}个。"]);
        }

        var checkedFiles = new List<(string Name, string Type, byte[] Bytes)>();
        var errors = new List<string>();
        foreach (var upload in uploads)
        {
            var name = CleanText.Of(Path.GetFileName(upload.FileName));
            name = name.Length == 0 ? "未命名文件" : name.Length > 200 ? name[^200..] : name;
            var (type, error) = Identify(upload.Bytes.AsSpan(0, Math.Min(16, upload.Bytes.Length)), upload.Bytes.Length, name);
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                checkedFiles.Add((name, type!, upload.Bytes));
            }
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var stored = new List<Stored>();
        foreach (var (name, type, bytes) in checkedFiles)
        {
            var key = Guid.NewGuid().ToString("N");
            Directory.CreateDirectory(Path.Combine(directory, key[..2]));
            await File.WriteAllBytesAsync(PathOf(key), bytes, ct);
            stored.Add(new Stored(name, type, bytes.Length, key));
        }

        return (stored, []);
    }

    /// <summary>Removes files whose records were not written after all.</summary>
    public void DeleteAll(IEnumerable<Stored> stored)
    {
        foreach (var s in stored)
        {
            File.Delete(PathOf(s.Key));
        }
    }

    public Stream? Open(string key) => File.Exists(PathOf(key)) ? File.OpenRead(PathOf(key)) : null;

    private string PathOf(string key) => Path.Combine(directory, key[..2], key);
}

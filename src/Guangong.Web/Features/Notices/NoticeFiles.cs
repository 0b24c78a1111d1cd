using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Features.Notices;

/// <summary>
/// Attachments of notices and replies on disk under the data folder. As for activity evidence, a
/// file's type is decided by its content, never by its name: pdf, docx, xlsx, jpg and png only.
/// A notice's file is stored once; the copies on the recipients' rows point at the same key.
/// </summary>
public sealed class NoticeFiles(string directory)
{
    /// <summary>As for activity evidence: a phone's full-resolution photo or a scanned red-header document fits.</summary>
    public const long MaxBytes = EvidenceFiles.MaxBytes;

    public static string MaxSize => EvidenceFiles.MaxSize;

    public const int MaxFiles = 10;

    public const string Accept = "application/pdf,.pdf,.docx,.xlsx,image/jpeg,image/png";

    public const string Docx = Guangong.Documents.MediaTypes.Docx;

    public const string Xlsx = Guangong.Documents.MediaTypes.Xlsx;

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
    public static Task<IReadOnlyList<Upload>> ReadAllAsync(IFormFileCollection files, string field, CancellationToken ct = default) =>
        ReadAllAsync(files.Where(f => f.Name == field), ct);

    /// <summary>Every non-empty file of a form field bound by the page, read for checking.</summary>
    public static async Task<IReadOnlyList<Upload>> ReadAllAsync(IEnumerable<IFormFile>? files, CancellationToken ct = default)
    {
        var uploads = new List<Upload>();
        foreach (var file in (files ?? []).Where(f => f.Length > 0))
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
            return (null, $"“{fileName}”超过了每个文件{MaxSize}的上限。");
        }

        var type = FileSignature.ContentTypeOf(head, fileName);
        if (type is FileSignature.Jpeg or FileSignature.Png or FileSignature.Pdf or Docx or Xlsx)
        {
            return (type, null);
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
            var name = UploadName.Of(upload.FileName, "未命名文件");
            var (type, error) = Identify(upload.Bytes.AsSpan(0, Math.Min(16, upload.Bytes.Length)), upload.Bytes.Length, name);
            if (error is null && !FileSignature.IsOfficePackage(upload.Bytes, type!))
            {
                error = $"“{name}”不是有效的Office文档，请另存为 .docx 或 .xlsx 后再上传。";
            }

            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                checkedFiles.Add((UploadName.Matching(name, type!), type!, upload.Bytes));
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
            await DurableFile.WriteAsync(PathOf(key), bytes, ct);
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

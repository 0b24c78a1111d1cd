using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// The evidence store: photos and documents of activities, patrols, inspections, progress reports and assessments,
/// and every file uploaded on pick (<see cref="Uploads.PendingUploads"/>), on disk under the data folder. A file's type is decided by
/// its content, never by its name (an .exe renamed .jpg is refused); images get a small thumbnail
/// so that lists load on a poor rural network. A photo is kept as sent up to <see cref="KeptAsSentPixels"/>;
/// a larger one (a 50 MP camera's, which the phone could not shrink) is kept scaled like an article's
/// picture (<see cref="ScaledPicture"/>, up to its 200 MP), never decoded at full size. A file may have
/// <see cref="MaxBytes"/>: a 108 MP phone's full-resolution photo has 20–35 MB.
/// </summary>
public sealed partial class EvidenceFiles(string directory)
{
    public const long MaxBytes = 50 * 1024 * 1024;

    /// <summary>The limit as the forms' hints and refusals say it: "50MB".</summary>
    public static string MaxSize => $"{MaxBytes / 1024 / 1024}MB";

    /// <summary>How bytes reach the disk; a test puts a full disk here ("No space left on device").</summary>
    public Func<string, byte[], CancellationToken, Task> WriteFile { get; init; } = DurableFile.WriteAsync;

    public const int MaxFilesPerActivity = 30;

    /// <summary>
    /// Larger pictures are kept scaled to <see cref="ScaledPicture.StoredSide"/> as JPEG (as the phone's own shrink sends
    /// them) instead of as sent: up to here a photo stays as it was taken, the limit every picture had before.
    /// </summary>
    public const long KeptAsSentPixels = 40_000_000;

    /// <summary>The long side of a thumbnail.</summary>
    public const int ThumbnailSide = 360;

    public const string Accept = "image/jpeg,image/png,image/webp,application/pdf,.docx";

    /// <summary>An uploaded file as received, before it is checked; one over the limit has no bytes, only its length.</summary>
    public sealed record Upload(string FileName, byte[] Bytes)
    {
        public long Length { get; init; } = Bytes.Length;
    }

    /// <summary>A checked file on disk, ready to be recorded.</summary>
    public sealed record Stored(string FileName, string ContentType, long SizeBytes, string Key, bool HasThumbnail);

    /// <summary>
    /// Reads an upload into memory, except one over the limit: that comes without its bytes, so the check
    /// refuses it by its length without holding the whole file.
    /// </summary>
    public static async Task<Upload> ReadAsync(IFormFile file, CancellationToken ct = default)
    {
        if (file.Length > MaxBytes)
        {
            return new Upload(file.FileName, []) { Length = file.Length };
        }

        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return new Upload(file.FileName, stream.ToArray());
    }

    /// <summary>Checks and writes every upload; returns what was written and a Chinese reason for each refused one.</summary>
    public async Task<(List<Stored> Stored, List<string> Errors)> StoreAllAsync(IEnumerable<Upload> uploads, CancellationToken ct)
    {
        var stored = new List<Stored>();
        var errors = new List<string>();
        var all = uploads.ToList();
        if (all.Count > MaxFilesPerActivity)
        {
            return (stored, [$"一次最多上传{MaxFilesPerActivity}个文件，这次选了{all.Count}个。"]);
        }

        foreach (var upload in all)
        {
            var name = UploadName.Of(upload.FileName, "未命名文件");
            var (type, error) = Identify(upload.Bytes.AsSpan(0, Math.Min(16, upload.Bytes.Length)), upload.Length, name);
            if (error is null && !FileSignature.IsOfficePackage(upload.Bytes, type!))
            {
                (type, error) = (null, $"“{name}”不是有效的Word文档，请用Word或WPS另存为 .docx 后再上传。");
            }

            if (error is null)
            {
                name = UploadName.Matching(name, type!);
                (Stored? Stored, string? Error) saved;
                try
                {
                    saved = await SaveAsync(upload.Bytes, type!, name, ct);
                }
                catch (IOException)
                {
                    // A full disk (or any failed write) part-way: none of this batch stays behind.
                    DeleteAll(stored);
                    throw;
                }

                error = saved.Error;
                if (saved.Stored is not null)
                {
                    stored.Add(saved.Stored);
                }
            }

            if (error is not null)
            {
                errors.Add(error);
            }
        }

        return (stored, errors);
    }

    /// <summary>Removes files whose records were not written after all.</summary>
    public void DeleteAll(IEnumerable<Stored> stored)
    {
        foreach (var s in stored)
        {
            Delete(s.Key);
        }
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
            return (null, $"“{fileName}”有{length / 1024 / 1024}MB，超过了每个文件{MaxSize}的上限。");
        }

        var type = FileSignature.ContentTypeOf(head, fileName);
        if (type is FileSignature.Jpeg or FileSignature.Png or FileSignature.Webp or FileSignature.Pdf or Guangong.Documents.MediaTypes.Docx)
        {
            return (type, null);
        }

        return (null, $"“{fileName}”不是允许的文件类型：只能上传 jpg、png、webp 图片和 pdf、docx 文档。");
    }

    /// <summary>
    /// Writes the bytes (and a thumbnail for an image; a picture over <see cref="KeptAsSentPixels"/> scaled, as JPEG);
    /// returns what was written, or a Chinese reason for an image that cannot be read.
    /// </summary>
    public async Task<(Stored? Stored, string? Error)> SaveAsync(byte[] bytes, string contentType, string fileName, CancellationToken ct)
    {
        byte[]? thumbnail = null;
        if (contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            if (Keep(bytes) is not { } picture)
            {
                return (null, ScaledPicture.Refusal(fileName, bytes));
            }

            (bytes, thumbnail) = (picture.Kept ?? bytes, picture.Thumbnail);
            (contentType, fileName) = picture.Kept is null ? (contentType, fileName) : (FileSignature.Jpeg, UploadName.Matching(fileName, FileSignature.Jpeg));
        }

        var key = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Folder(key));
        try
        {
            await WriteFile(PathOf(key), bytes, ct);
            if (thumbnail is not null)
            {
                await WriteFile(PathOf(key) + ".thumb.jpg", thumbnail, ct);
            }
        }
        catch (IOException)
        {
            Delete(key);
            throw;
        }

        return (new Stored(fileName, contentType, bytes.Length, key, thumbnail is not null), null);
    }

    /// <summary>Removes files whose database record was never written (the save failed after the upload).</summary>
    public void Delete(string key)
    {
        File.Delete(PathOf(key));
        File.Delete(PathOf(key) + ".thumb.jpg");
    }

    public Stream? Open(string key, bool thumbnail)
    {
        var path = thumbnail ? PathOf(key) + ".thumb.jpg" : PathOf(key);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>
    /// What is kept of a picture: its thumbnail, and <c>Kept</c>, the picture scaled to <see cref="ScaledPicture.StoredSide"/>
    /// as JPEG when it is over <see cref="KeptAsSentPixels"/> (null: keep the bytes as sent). Null when it cannot be
    /// decoded. A photo kept as sent keeps its EXIF orientation for the browser; thumbnails and scaled pictures are turned upright.
    /// </summary>
    internal static (byte[]? Kept, byte[] Thumbnail)? Keep(byte[] bytes)
    {
        using var picture = ScaledPicture.Open(bytes);
        if (picture is null)
        {
            return null;
        }

        if (picture.Pixels <= KeptAsSentPixels)
        {
            using var small = picture.Decode(ThumbnailSide);
            return small is null ? null : (null, ScaledPicture.Jpeg(small, ThumbnailSide, 70));
        }

        using var scaled = picture.Decode(ScaledPicture.StoredSide);
        return scaled is null ? null
            : (ScaledPicture.Jpeg(scaled, ScaledPicture.StoredSide, ScaledPicture.StoredQuality), ScaledPicture.Jpeg(scaled, ThumbnailSide, 70));
    }

    private string Folder(string key) => Path.Combine(directory, key[..2]);

    private string PathOf(string key) => Path.Combine(Folder(key), key);
}

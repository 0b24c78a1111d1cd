using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Text;
using SkiaSharp;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Photos and documents of activities on disk under the data folder. A file's type is decided by
/// its content, never by its name (an .exe renamed .jpg is refused); images get a small thumbnail
/// so that lists load on a poor rural network.
/// </summary>
public sealed partial class EvidenceFiles(string directory)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>How bytes reach the disk; a test puts a full disk here ("No space left on device").</summary>
    public Func<string, byte[], CancellationToken, Task> WriteFile { get; init; } = DurableFile.WriteAsync;

    public const int MaxFilesPerActivity = 30;

    /// <summary>Largest picture accepted (40 megapixels: any phone camera's photo fits).</summary>
    public const long MaxPixels = 40_000_000;

    public const string Accept = "image/jpeg,image/png,image/webp,application/pdf,.docx";

    /// <summary>An uploaded file as received, before it is checked.</summary>
    public sealed record Upload(string FileName, byte[] Bytes);

    /// <summary>A checked file on disk, ready to be recorded.</summary>
    public sealed record Stored(string FileName, string ContentType, long SizeBytes, string Key, bool HasThumbnail);

    /// <summary>
    /// Reads an upload into memory, except one over the limit: that becomes a placeholder of the
    /// limit's size plus one, so the check refuses it by size without holding the whole file.
    /// </summary>
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
            var (type, error) = Identify(upload.Bytes.AsSpan(0, Math.Min(16, upload.Bytes.Length)), upload.Bytes.Length, name);
            if (error is null)
            {
                name = UploadName.Matching(name, type!);
                (string? Key, bool HasThumbnail, string? Error) saved;
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

                var (key, thumb, saveError) = saved;
                error = saveError;
                if (key is not null)
                {
                    stored.Add(new Stored(name, type!, upload.Bytes.Length, key, thumb));
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
            return (null, $"“{fileName}”有{length / 1024 / 1024}MB，超过了每个文件20MB的上限。");
        }

        var type = FileSignature.ContentTypeOf(head, fileName);
        if (type is FileSignature.Jpeg or FileSignature.Png or FileSignature.Webp or FileSignature.Pdf or Guangong.Documents.MediaTypes.Docx)
        {
            return (type, null);
        }

        return (null, $"“{fileName}”不是允许的文件类型：只能上传 jpg、png、webp 图片和 pdf、docx 文档。");
    }

    /// <summary>Writes the bytes (and a thumbnail for an image); returns the storage key, or an error for an image that cannot be read.</summary>
    public async Task<(string? Key, bool HasThumbnail, string? Error)> SaveAsync(byte[] bytes, string contentType, string fileName, CancellationToken ct)
    {
        byte[]? thumbnail = null;
        if (contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            thumbnail = Thumbnail(bytes);
            if (thumbnail is null)
            {
                return (null, false, $"“{fileName}”无法作为图片打开：文件已损坏，或超过4000万像素。请换一张照片，或用手机压缩后再上传。");
            }
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

        return (key, thumbnail is not null, null);
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
    /// A photo's thumbnail, or null when the bytes are not an image Skia can read. The header is read
    /// first and a picture over <see cref="MaxPixels"/> is refused before any pixel is decoded: a
    /// small PNG of 20000×20000 would otherwise take 1.6 GB. JPEG and WebP are decoded already
    /// scaled down towards the thumbnail size.
    /// </summary>
    internal static byte[]? Thumbnail(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        var target = 360f / Math.Max(codec.Info.Width, codec.Info.Height);
        var scaled = target < 1 ? codec.GetScaledDimensions(target) : codec.Info.Size;
        using var original = WholeImage.Decode(codec, scaled);
        if (original is null || original.Width == 0)
        {
            return null;
        }

        var scale = Math.Min(1.0, 360.0 / Math.Max(original.Width, original.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(original.Width * scale)), Math.Max(1, (int)(original.Height * scale)));
        using var resized = original.Resize(info, new SKSamplingOptions(SKFilterMode.Linear));
        using var image = SKImage.FromBitmap(resized ?? original);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 70);
        return encoded.ToArray();
    }

    private string Folder(string key) => Path.Combine(directory, key[..2]);

    private string PathOf(string key) => Path.Combine(Folder(key), key);
}

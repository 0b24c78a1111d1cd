using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// Pictures of articles and clippings of adoptions. A correspondent sends what the phone took,
/// often 10–30 MB: it is accepted up to <see cref="MaxBytes"/> and stored scaled down to at most
/// <see cref="MaxSide"/> pixels as JPEG. Re-encoding also drops the camera's metadata (the place
/// a photo was taken), which must not reach the public pages.
/// </summary>
public sealed class ArticleImages(string directory)
{
    public const long MaxBytes = 40L * 1024 * 1024;

    public const int MaxSide = ScaledPicture.StoredSide;

    public const int MaxPerArticle = 12;

    public const string Accept = "image/jpeg,image/png,image/webp";

    public sealed record Stored(string FileName, string Key, int Width, int Height, long SizeBytes);

    /// <summary>The article form's upload on pick (<see cref="PendingUploads"/>); the save scales the picture as it does a posted one.</summary>
    public static readonly UploadKind Kind = new("article-image", MaxBytes, Identify, [Policies.CanWriteArticles, Policies.CanReviewArticles], Shrink);

    /// <summary>The adoption form's clipping, uploaded on pick: a screenshot or a photo of the page, checked as an article's picture.</summary>
    public static readonly UploadKind ClippingKind = new("adoption-clipping", MaxBytes, Identify, [Policies.CanWriteArticles], Shrink);

    /// <summary>
    /// A picture uploaded on pick, scaled as it arrives (up to <see cref="ScaledPicture.MaxPixels"/>): the save scales it
    /// again to the same size, so nothing is lost that would have been kept.
    /// </summary>
    public static (byte[]? Jpeg, string? Error) Shrink(byte[] bytes, string fileName) =>
        ScaleDown(bytes) is { } scaled ? (scaled.Jpeg, null) : (null, ScaledPicture.Refusal(fileName, bytes));

    /// <summary>What a picture must be before it is scaled: a jpg, png or webp of at most <see cref="MaxBytes"/>, by its bytes.</summary>
    public static (string? ContentType, string? Error) Identify(ReadOnlySpan<byte> head, long length, string fileName)
    {
        if (length == 0)
        {
            return (null, $"“{fileName}”是空文件。");
        }

        if (length > MaxBytes)
        {
            return (null, $"“{fileName}”超过了每张图片40MB的上限，请先用手机压缩。");
        }

        var type = FileSignature.ContentTypeOf(head, fileName);
        return type is FileSignature.Jpeg or FileSignature.Png or FileSignature.Webp ? (type, null) : (null, $"“{fileName}”不是可以打开的 jpg、png 或 webp 图片。");
    }

    public static async Task<(string FileName, byte[] Bytes)> ReadAsync(IFormFile file, CancellationToken ct = default)
    {
        if (file.Length > MaxBytes)
        {
            return (file.FileName, new byte[MaxBytes + 1]);
        }

        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return (file.FileName, stream.ToArray());
    }

    /// <summary>Scales and writes one picture; returns it, or a Chinese reason to refuse it.</summary>
    public async Task<(Stored? Stored, string? Error)> StoreAsync(string fileName, byte[] bytes, CancellationToken ct)
    {
        var name = UploadName.Of(fileName, "图片");
        if (bytes.Length == 0)
        {
            return (null, $"“{name}”是空文件。");
        }

        if (bytes.Length > MaxBytes)
        {
            return (null, $"“{name}”超过了每张图片40MB的上限，请先用手机压缩。");
        }

        var scaled = ScaleDown(bytes);
        if (scaled is null)
        {
            return (null, ScaledPicture.OverLimit(name, bytes) ?? $"“{name}”不是可以打开的 jpg、png 或 webp 图片。");
        }

        var key = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Path.Combine(directory, key[..2]));
        await DurableFile.WriteAsync(PathOf(key), scaled.Value.Jpeg, ct);
        return (new Stored(UploadName.Matching(name, FileSignature.Jpeg), key, scaled.Value.Width, scaled.Value.Height, scaled.Value.Jpeg.Length), null);
    }

    public Stream? Open(string key) => File.Exists(PathOf(key)) ? File.OpenRead(PathOf(key)) : null;

    public void Delete(string key) => File.Delete(PathOf(key));

    /// <summary>The picture upright, at most <see cref="MaxSide"/> pixels on its long side, as JPEG; null when it cannot be decoded (<see cref="ScaledPicture"/>).</summary>
    internal static (byte[] Jpeg, int Width, int Height)? ScaleDown(byte[] bytes)
    {
        using var picture = ScaledPicture.Open(bytes);
        using var scaled = picture?.Decode(MaxSide);
        return scaled is null ? null : (ScaledPicture.Jpeg(scaled, MaxSide, ScaledPicture.StoredQuality), scaled.Width, scaled.Height);
    }

    private string PathOf(string key) => Path.Combine(directory, key[..2], key + ".jpg");
}

using SkiaSharp;

namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// An uploaded picture, decoded no larger than it is wanted and upright. A phone camera's 50–200 MP photo is never
/// held at full size (a 200 MP picture is 800 MB of pixels): a sequential JPEG and a lossy WebP decode straight to a
/// smaller size (libjpeg in eighths, libwebp to any size), so scaling a 200 MP photo to 1600 px takes tens of MB.
/// What the codecs can only decode whole — PNG (this Skia's PNG codec scales nothing and has no scanline decoding),
/// progressive JPEG (libjpeg keeps every coefficient of the picture) and lossless or animated WebP (the whole ARGB
/// picture) — is taken up to <see cref="MaxPixelsDecodedWhole"/>. The header is read first, so a small file that
/// claims gigapixels costs nothing. The camera's EXIF orientation is applied to the pixels, since a re-encoded
/// picture carries no EXIF to tell the browser.
/// </summary>
public sealed class ScaledPicture : IDisposable
{
    /// <summary>
    /// The most pixels of a picture that decodes scaled: a 50, 64 or 108 MP camera's photo (12000 × 9000) fits, and a
    /// 200 MP one (16320 × 12240, +21 MB peak working set kept scaled: bench/README.md); more is refused.
    /// </summary>
    public const long MaxPixels = 200_000_000;

    /// <summary>The most pixels of a picture decoded whole: 160 MB of pixels, as every picture cost before.</summary>
    public const long MaxPixelsDecodedWhole = 40_000_000;

    /// <summary>The long side of a picture kept scaled: what a phone's own shrink sends (form-send.js) and the printed pages use.</summary>
    public const int StoredSide = 1600;

    /// <summary>The JPEG quality of a picture kept scaled.</summary>
    public const int StoredQuality = 82;

    private readonly SKData data;
    private readonly SKCodec codec;

    private ScaledPicture(SKData data, SKCodec codec, bool decodesScaled)
    {
        this.data = data;
        this.codec = codec;
        DecodesScaled = decodesScaled;
    }

    /// <summary>The picture by its header, or null when no codec reads one (not a picture, or damaged at the start).</summary>
    public static ScaledPicture? Open(byte[] bytes)
    {
        var data = SKData.CreateCopy(bytes);
        var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            codec?.Dispose();
            data.Dispose();
            return null;
        }

        return new ScaledPicture(data, codec, PictureLayout.DecodesScaled(codec.EncodedFormat, bytes));
    }

    /// <summary>Width × height as stored (before the orientation is applied).</summary>
    public long Pixels => (long)codec.Info.Width * codec.Info.Height;

    /// <summary>Whether the codec decodes it straight to a smaller size, holding only that (see the class).</summary>
    public bool DecodesScaled { get; }

    /// <summary>Whether it may be decoded at all: within the pixels its kind may have.</summary>
    public bool WithinLimit => Pixels <= (DecodesScaled ? MaxPixels : MaxPixelsDecodedWhole);

    /// <summary>
    /// The picture upright, at most <paramref name="maxSide"/> pixels on its long side (never enlarged); null when it is
    /// over its limit or not every pixel decodes. The caller disposes it.
    /// </summary>
    public SKBitmap? Decode(int maxSide)
    {
        if (!WithinLimit)
        {
            return null;
        }

        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        var scale = Math.Min(1f, (float)maxSide / longSide);
        var size = codec.GetScaledDimensions(scale);
        if (Math.Max(size.Width, size.Height) < Math.Min(maxSide, longSide))
        {
            // libjpeg scales in eighths and rounds to the nearest one: the next eighth up, so the picture is shrunk after, never enlarged.
            size = codec.GetScaledDimensions(Math.Min(1f, MathF.Ceiling(scale * 8) / 8));
        }

        var decoded = WholeImage.Decode(codec, size);
        if (decoded is null || decoded.Width == 0)
        {
            decoded?.Dispose();
            return null;
        }

        var fitted = Fit(decoded, maxSide);
        if (!ReferenceEquals(fitted, decoded))
        {
            decoded.Dispose();
        }

        var upright = Upright(fitted, codec.EncodedOrigin);
        if (!ReferenceEquals(upright, fitted))
        {
            fitted.Dispose();
        }

        return upright;
    }

    /// <summary>The bitmap as JPEG, first scaled to at most <paramref name="maxSide"/> pixels on its long side.</summary>
    public static byte[] Jpeg(SKBitmap bitmap, int maxSide, int quality)
    {
        var fitted = Fit(bitmap, maxSide);
        try
        {
            using var image = SKImage.FromBitmap(fitted);
            using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, quality);
            return encoded.ToArray();
        }
        finally
        {
            if (!ReferenceEquals(fitted, bitmap))
            {
                fitted.Dispose();
            }
        }
    }

    /// <summary>The Chinese reason a picture is refused: over the pixels its kind may have, or damaged.</summary>
    public static string Refusal(string fileName, byte[] bytes) => OverLimit(fileName, bytes) ?? DamagedOrOver(fileName);

    /// <summary>The Chinese reason a picture is refused for its pixels alone; null when no header is read or it is within its limit.</summary>
    public static string? OverLimit(string fileName, byte[] bytes)
    {
        using var picture = Open(bytes);
        return picture switch
        {
            null or { WithinLimit: true } => null,
            { DecodesScaled: false, Pixels: <= MaxPixels } =>
                $"“{fileName}”无法作为图片打开：它有{picture.Pixels / 10_000}万像素，png、无损 webp 和渐进式 jpg 图片最多4000万像素。请换一张照片，或用手机压缩后再上传。",
            _ => DamagedOrOver(fileName),
        };
    }

    private static string DamagedOrOver(string fileName) => $"“{fileName}”无法作为图片打开：文件已损坏，或超过2亿像素。请换一张照片，或用手机压缩后再上传。";

    public void Dispose()
    {
        codec.Dispose();
        data.Dispose();
    }

    /// <summary>The bitmap at most <paramref name="maxSide"/> on its long side: itself when it is small enough, else a new one.</summary>
    private static SKBitmap Fit(SKBitmap bitmap, int maxSide)
    {
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(bitmap.Width, bitmap.Height));
        if (scale >= 1)
        {
            return bitmap;
        }

        var info = new SKImageInfo(Math.Max(1, (int)(bitmap.Width * scale)), Math.Max(1, (int)(bitmap.Height * scale)));
        return bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear)) ?? bitmap;
    }

    /// <summary>The pixels turned as the camera's EXIF orientation says (<paramref name="bitmap"/> itself when it says nothing).</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft || !Enum.IsDefined(origin))
        {
            return bitmap;
        }

        var (w, h) = (bitmap.Width, bitmap.Height);
        var turned = origin >= SKEncodedOrigin.LeftTop;
        var upright = new SKBitmap(bitmap.Info.WithSize(turned ? h : w, turned ? w : h));

        // Skia's SkEncodedOriginToMatrix: where each stored pixel goes on the upright picture.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), // LeftBottom
        };
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default);
        return upright;
    }
}

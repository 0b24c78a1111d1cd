using SkiaSharp;

namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// Decodes a picture only when all of it is there. Skia otherwise hands back a bitmap for a file cut off in
/// transfer or damaged inside (a PNG with its header and no pixel data decodes "successfully" as a blank
/// picture), and such a file would be stored as a photo that shows nothing.
/// </summary>
public static class WholeImage
{
    /// <summary>The picture at <paramref name="size"/> (one the codec can scale to), or null unless every pixel decoded.</summary>
    public static SKBitmap? Decode(SKCodec codec, SKSizeI size)
    {
        var info = codec.Info.WithSize(size.Width, size.Height);
        if (info.ColorType == SKColorType.Unknown)
        {
            info = info.WithColorType(SKImageInfo.PlatformColorType);
        }

        if (info.AlphaType == SKAlphaType.Unpremul)
        {
            info = info.WithAlphaType(SKAlphaType.Premul);
        }

        var bitmap = new SKBitmap(info);
        if (bitmap.GetPixels() == IntPtr.Zero || codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }

        return bitmap;
    }
}

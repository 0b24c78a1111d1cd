using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Tests.Security;
using SkiaSharp;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// The shared decoder of uploaded pictures: which pictures it decodes scaled (and so takes up to 200 MP), which
/// only whole (up to 40 MP), the refusals it words, and the camera's orientation applied to the pixels.
/// </summary>
public sealed class ScaledPictureTests
{
    [Fact]
    public void A_sequential_jpeg_and_a_lossy_webp_decode_scaled_and_png_progressive_jpeg_and_lossless_webp_only_whole()
    {
        using var bitmap = Quadrants();
        using var pixmap = bitmap.PeekPixels();
        byte[] Encoded(SKEncodedImageFormat format, int quality) => pixmap.Encode(format, quality)!.ToArray();

        Assert.True(DecodesScaled(Encoded(SKEncodedImageFormat.Jpeg, 80)));
        Assert.True(DecodesScaled(Images.FlatJpeg(640, 480)));
        Assert.True(DecodesScaled(Images.Oriented(Images.FlatJpeg(640, 480), 6)));
        Assert.True(DecodesScaled(Encoded(SKEncodedImageFormat.Webp, 80)));
        Assert.False(DecodesScaled(Images.FlatJpeg(640, 480, progressive: true)));
        Assert.False(DecodesScaled(Encoded(SKEncodedImageFormat.Png, 100)));
        Assert.False(DecodesScaled(pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, 50))!.ToArray()));
    }

    [Fact]
    public void A_picture_over_its_limit_is_refused_from_its_header_with_the_limit_in_the_message()
    {
        // 16400 × 12300 = 202 MP: one over 200 MP is refused however it decodes; a 108 MP phone's photo is taken.
        using (var phone = ScaledPicture.Open(Images.FlatJpeg(12000, 9000))!)
        {
            Assert.True(phone.WithinLimit);
        }

        using (var huge = ScaledPicture.Open(Images.FlatJpeg(16400, 12300))!)
        {
            Assert.True(huge.DecodesScaled);
            Assert.False(huge.WithinLimit);
            Assert.Null(huge.Decode(ScaledPicture.StoredSide));
        }

        Assert.Contains("“大.jpg”无法作为图片打开：文件已损坏，或超过2亿像素", ScaledPicture.Refusal("大.jpg", Images.FlatJpeg(16400, 12300)));
        Assert.Contains("超过2亿像素", ScaledPicture.Refusal("炸弹.png", Images.PngHeader(20000, 20000)));

        // 8000 × 6000 = 48 MP: taken as a sequential JPEG, not as a PNG or a progressive JPEG, which decode only whole.
        using (var sequential = ScaledPicture.Open(Images.FlatJpeg(8000, 6000))!)
        {
            Assert.True(sequential.WithinLimit);
        }

        foreach (var (name, bytes) in new[] { ("图.png", Images.PngHeader(8000, 6000)), ("图.jpg", Images.FlatJpeg(8000, 6000, progressive: true)) })
        {
            using (var whole = ScaledPicture.Open(bytes)!)
            {
                Assert.False(whole.WithinLimit);
                Assert.Null(whole.Decode(360));
            }

            Assert.Equal($"“{name}”无法作为图片打开：它有4800万像素，png、无损 webp 和渐进式 jpg 图片最多4000万像素。请换一张照片，或用手机压缩后再上传。", ScaledPicture.Refusal(name, bytes));
        }

        Assert.Null(ScaledPicture.Open("not a picture"u8.ToArray()));
        Assert.Contains("文件已损坏", ScaledPicture.Refusal("坏.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2]));
    }

    [Theory]
    [InlineData(1, false, 0)] // red stays in the top-left quarter
    [InlineData(2, false, 1)] // mirrored: top right
    [InlineData(3, false, 3)] // turned 180°: bottom right
    [InlineData(4, false, 2)] // flipped: bottom left
    [InlineData(5, true, 0)]
    [InlineData(6, true, 1)] // a phone held upright: turned 90° clockwise
    [InlineData(7, true, 3)]
    [InlineData(8, true, 2)]
    public void The_exif_orientation_is_applied_to_the_pixels(int orientation, bool turned, int redQuarter)
    {
        using var bitmap = Quadrants();
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = Images.Oriented(image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray(), orientation);

        using var picture = ScaledPicture.Open(jpeg)!;
        using var upright = picture.Decode(1000)!;

        Assert.Equal(turned ? (64, 128) : (128, 64), (upright.Width, upright.Height));
        for (var quarter = 0; quarter < 4; quarter++)
        {
            var pixel = upright.GetPixel((quarter % 2 * 2 + 1) * upright.Width / 4, (quarter / 2 * 2 + 1) * upright.Height / 4);
            Assert.True(quarter == redQuarter ? pixel.Red > 200 && pixel.Blue < 60 : pixel.Blue > 200 && pixel.Red < 60, $"quarter {quarter}: {pixel}");
        }
    }

    [Fact]
    public void A_large_picture_is_decoded_at_its_wanted_size_never_enlarged_and_never_below_it()
    {
        // 9000 × 6700 scales by libjpeg's eighths: 1/8 would be 1125 px, under 1600, so 2/8 is decoded and shrunk.
        using var picture = ScaledPicture.Open(Images.FlatJpeg(9000, 6700))!;
        using var stored = picture.Decode(ScaledPicture.StoredSide)!;
        Assert.Equal((1600, 1191), (stored.Width, stored.Height));

        using var small = ScaledPicture.Open(Images.FlatJpeg(300, 200))!;
        using var same = small.Decode(ScaledPicture.StoredSide)!;
        Assert.Equal((300, 200), (same.Width, same.Height));
    }

    private static bool DecodesScaled(byte[] bytes)
    {
        using var picture = ScaledPicture.Open(bytes);
        Assert.NotNull(picture);
        return picture.DecodesScaled;
    }

    /// <summary>128 × 64: the top-left quarter red, the rest blue, so a turn or a mirror shows where red went.</summary>
    private static SKBitmap Quadrants()
    {
        var bitmap = new SKBitmap(128, 64);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Blue);
        using var red = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(new SKRect(0, 0, 64, 32), red);
        return bitmap;
    }
}

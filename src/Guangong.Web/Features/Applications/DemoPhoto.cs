using SkiaSharp;

namespace Guangong.Web.Features.Applications;

/// <summary>A made-up picture for the demo's evidence photos: a room with a window and people as circles, no real person.</summary>
internal static class DemoPhoto
{
    public static byte[] Png(int width, int height, int variant)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(variant == 0 ? new SKColor(0xF3, 0xE9, 0xD2) : new SKColor(0xDD, 0xEE, 0xF6));
        using var paint = new SKPaint { IsAntialias = true };
        paint.Color = new SKColor(0x8B, 0x5E, 0x3C);
        canvas.DrawRect(0, height * 0.7f, width, height * 0.3f, paint);
        paint.Color = new SKColor(0x9F, 0xD3, 0xF0);
        canvas.DrawRect(width * 0.6f, height * 0.12f, width * 0.3f, height * 0.3f, paint);
        paint.Color = new SKColor(0xB2, 0x22, 0x22);
        canvas.DrawRect(width * 0.08f, height * 0.1f, width * 0.4f, height * 0.08f, paint);
        var colours = new[] { new SKColor(0x2E, 0x6B, 0xA8), new SKColor(0xE0, 0x8E, 0x2B), new SKColor(0x4C, 0x9A, 0x4C), new SKColor(0x7A, 0x4E, 0xA0) };
        for (var i = 0; i < 4; i++)
        {
            paint.Color = colours[(i + variant) % colours.Length];
            var x = width * (0.18f + (0.2f * i));
            var r = Math.Min(width, height) * (i == 0 ? 0.09f : 0.06f);
            canvas.DrawCircle(x, height * 0.52f, r, paint);
            canvas.DrawRect(x - r, height * 0.52f + r, 2 * r, height * 0.18f - r, paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}

using System.Diagnostics;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Files;
using SkiaSharp;

namespace Guangong.Bench;

/// <summary>
/// Target: keeping a camera's 100 MP photo in the evidence store (<see cref="EvidenceFiles.SaveAsync"/>: decoded scaled,
/// a 1600 px JPEG and its thumbnail) raises the process's peak working set by well under 100 MB, where decoding it
/// whole would take 400 MB. Beside it, for comparison, a 40 MP PNG (the most a picture decoded whole may have) and the
/// same 100 MP photo decoded whole, as nothing in the app does. Linux only: the peak (VmHWM) is reset through
/// /proc/self/clear_refs after each picture is made, so only the save counts. A Stopwatch run, not BenchmarkDotNet:
/// its harness would measure its own process.
/// </summary>
public static class PictureMemory
{
    // dotnet run -c Release --project bench/Guangong.Bench -- quick-photo
    public static async Task RunAsync(TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("guangong-photo-bench-").FullName;
        try
        {
            var store = new EvidenceFiles(folder);
            foreach (var (name, width, height, format) in new[]
            {
                ("100 MP JPEG", 12240, 8160, SKEncodedImageFormat.Jpeg),
                ("200 MP JPEG", 16320, 12240, SKEncodedImageFormat.Jpeg),
                ("40 MP PNG", 7720, 5180, SKEncodedImageFormat.Png),
            })
            {
                var bytes = CameraLike(width, height, format);
                var type = format == SKEncodedImageFormat.Jpeg ? FileSignature.Jpeg : FileSignature.Png;
                var before = ResetPeak();
                var clock = Stopwatch.StartNew();
                var (stored, error) = await store.SaveAsync(bytes, type, name, CancellationToken.None);
                clock.Stop();
                var peak = Status("VmHWM");
                output.WriteLine($"{name} ({width} × {height}, {bytes.Length / 1024.0 / 1024:0.0} MB): {error ?? Kept(store, stored!)} "
                    + $"in {clock.ElapsedMilliseconds} ms; working set {before} MB before, peak {peak} MB (+{peak - before} MB)");
            }

            var photo = CameraLike(12240, 8160, SKEncodedImageFormat.Jpeg);
            var whole = ResetPeak();
            using (var data = SKData.CreateCopy(photo))
            using (var codec = SKCodec.Create(data))
            using (var bitmap = WholeImage.Decode(codec, codec.Info.Size))
            {
                output.WriteLine($"for comparison, the 100 MP JPEG decoded whole: peak {Status("VmHWM")} MB (+{Status("VmHWM") - whole} MB)");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Kept(EvidenceFiles store, EvidenceFiles.Stored stored)
    {
        using var file = store.Open(stored.Key, thumbnail: false)!;
        using var codec = SKCodec.Create(file);
        return $"kept {stored.ContentType} {codec.Info.Width} × {codec.Info.Height} of {stored.SizeBytes / 1024} KB";
    }

    /// <summary>A picture with a camera's grain (shapes under noise), so the JPEG is as hard to decode as a photo of that size.</summary>
    private static byte[] CameraLike(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(196, 206, 184));
            var random = new Random(12);
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 400; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(width / 16), paint);
            }
        }

        if (format == SKEncodedImageFormat.Jpeg)
        {
            // ±16 on each colour byte (xorshift: a Random call per byte would take longer than the save measured), alpha left opaque.
            var pixels = bitmap.GetPixelSpan();
            var state = 2463534242u;
            for (var i = 0; i < pixels.Length; i++)
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                pixels[i] = i % 4 == 3 ? pixels[i] : (byte)Math.Clamp(pixels[i] + (int)(state & 31) - 16, 0, 255);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, 85);
        return encoded.ToArray();
    }

    /// <summary>Collects what the picture's making left, resets the peak to the working set now and returns it (MB).</summary>
    private static long ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Status("VmRSS");
    }

    private static long Status(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
}

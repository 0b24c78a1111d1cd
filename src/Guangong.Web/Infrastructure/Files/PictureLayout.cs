using System.Buffers.Binary;
using SkiaSharp;

namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// Whether a picture's codec can decode it straight to a smaller size and hold only that, read from how the file
/// is laid out (Skia does not say): a JPEG whose frame is sequential (SOF0, SOF1) and a WebP whose first picture is
/// lossy (VP8) and still. Anything else — progressive JPEG, lossless or animated WebP, PNG, a layout not understood — is
/// answered no, so it is held to the smaller limit of a picture decoded whole.
/// </summary>
internal static class PictureLayout
{
    public static bool DecodesScaled(SKEncodedImageFormat format, ReadOnlySpan<byte> bytes) => format switch
    {
        SKEncodedImageFormat.Jpeg => JpegIsSequential(bytes),
        SKEncodedImageFormat.Webp => WebpIsStillLossy(bytes),
        _ => false,
    };

    /// <summary>Walks the markers to the first start-of-frame (SOFn: 0xC0–0xCF but DHT 0xC4, JPG 0xC8, DAC 0xCC).</summary>
    private static bool JpegIsSequential(ReadOnlySpan<byte> jpeg)
    {
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return marker is 0xC0 or 0xC1;
            }

            if (marker is 0xDA or 0xD9)
            {
                return false; // scan data or the end before any frame
            }

            at += marker is 0x01 or (>= 0xD0 and <= 0xD8) ? 2 : 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
        }

        return false;
    }

    /// <summary>Walks the RIFF chunks after "RIFF....WEBP" to the first picture chunk; an animation flag or chunk answers no.</summary>
    private static bool WebpIsStillLossy(ReadOnlySpan<byte> webp)
    {
        long next = 12;
        while (next + 8 <= webp.Length)
        {
            var at = (int)next;
            var fourCc = webp.Slice(at, 4);
            if (fourCc.SequenceEqual("VP8 "u8))
            {
                return true;
            }

            if (fourCc.SequenceEqual("VP8L"u8) || fourCc.SequenceEqual("ANIM"u8) || fourCc.SequenceEqual("ANMF"u8)
                || (fourCc.SequenceEqual("VP8X"u8) && at + 8 < webp.Length && (webp[at + 8] & 0x02) != 0))
            {
                return false;
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp[(at + 4)..]);
            next += 8L + size + (size & 1);
        }

        return false;
    }
}

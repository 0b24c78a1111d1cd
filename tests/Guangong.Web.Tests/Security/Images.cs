using System.Buffers.Binary;
using System.Text;

namespace Guangong.Web.Tests.Security;

/// <summary>Hand-made image bytes for the upload probes.</summary>
internal static class Images
{
    /// <summary>
    /// A PNG that claims <paramref name="width"/>×<paramref name="height"/> pixels in a few dozen
    /// bytes, as a decompression bomb does: its header is valid, its pixels would fill gigabytes.
    /// </summary>
    public static byte[] PngHeader(int width, int height)
    {
        var png = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return [.. png];
    }

    /// <summary>
    /// A JPEG of <paramref name="width"/>×<paramref name="height"/> in one flat grey, written by hand in well under a MB
    /// whatever its size and without a bitmap: its Huffman tables hold one symbol each, so every 8×8 block is two
    /// zero bits ("no change", "end of block") and the scan is zero bytes. It decodes as any camera's JPEG of that
    /// size (three components, 4:4:4); <paramref name="progressive"/> writes it as a progressive one (its DC scan only).
    /// </summary>
    public static byte[] FlatJpeg(int width, int height, bool progressive = false)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, progressive ? (byte)0xC2 : (byte)0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
        byte[] oneCodeOfOneBit = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        Segment(jpeg, 0xC4, [0x00, .. oneCodeOfOneBit, 0x10, .. oneCodeOfOneBit]);
        Segment(jpeg, 0xDA, [3, 1, 0, 2, 0, 3, 0, 0, progressive ? (byte)0 : (byte)63, 0]);
        var bits = (long)((width + 7) / 8) * ((height + 7) / 8) * 3 * (progressive ? 1 : 2);
        var scan = new byte[(bits + 7) / 8];
        scan[^1] = (byte)((1 << (int)((scan.Length * 8) - bits)) - 1); // the last byte's unused bits are ones
        jpeg.AddRange(scan);
        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];
    }

    /// <summary>The JPEG with an EXIF orientation (1–8) just after its start, as a phone held upright writes 6.</summary>
    public static byte[] Oriented(byte[] jpeg, int orientation)
    {
        var exif = new List<byte>();
        Segment(exif, 0xE1, [.. "Exif"u8, 0, 0, (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0]);
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    private static void Segment(List<byte> jpeg, byte marker, byte[] body)
    {
        jpeg.AddRange([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        jpeg.AddRange(body);
    }

    private static void Chunk(List<byte> png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.AddRange(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.AddRange(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.AddRange(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

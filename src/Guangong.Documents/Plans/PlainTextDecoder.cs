using System.Text;

namespace Guangong.Documents.Plans;

/// <summary>
/// Decodes a .txt upload. Windows Notepad in China saves GBK by default, newer editors UTF-8:
/// bytes that are valid UTF-8 are UTF-8, anything else is read as GB18030 (a superset of GBK).
/// </summary>
internal static class PlainTextDecoder
{
    private const int SampleSize = 64 * 1024;
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlainTextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Returns the text, or null when the bytes are binary rather than text.</summary>
    public static string? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }
        var hasUtf8Bom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (hasUtf8Bom)
        {
            span = span[3..];
        }
        if (LooksBinary(span))
        {
            return null;
        }
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            // With a BOM the file claims UTF-8: keep it, with replacement characters for the broken bytes.
            return hasUtf8Bom ? Encoding.UTF8.GetString(span) : Encoding.GetEncoding(Gb18030CodePage).GetString(span);
        }
    }

    /// <summary>
    /// Text in UTF-8 or GBK never contains bytes below 0x20 other than tab and line breaks,
    /// so more than 1% of them means an image, archive or executable renamed to .txt.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A))
            {
                control++;
            }
        }
        return control > sample.Length / 100;
    }
}

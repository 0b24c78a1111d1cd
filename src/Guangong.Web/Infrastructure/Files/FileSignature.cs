namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// What an uploaded file really is, read from its first bytes and never from its name alone: a renamed
/// program stays refused. Office files are zip packages, so for those the extension tells docx from xlsx.
/// </summary>
public static class FileSignature
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Webp = "image/webp";
    public const string Pdf = "application/pdf";

    /// <summary>The content type of the bytes, or null for anything this platform does not take.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04]))
        {
            return fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? Guangong.Documents.MediaTypes.Docx
                : fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Guangong.Documents.MediaTypes.Xlsx
                : null;
        }

        return null;
    }

    /// <summary>
    /// Whether zip bytes named .docx/.xlsx are really that package (its content types and main part), not any zip renamed:
    /// a zip of a web page and a program had been stored as a Word document.
    /// </summary>
    public static bool IsOfficePackage(byte[] bytes, string contentType)
    {
        var main = contentType == Guangong.Documents.MediaTypes.Docx ? "word/document.xml" : contentType == Guangong.Documents.MediaTypes.Xlsx ? "xl/workbook.xml" : null;
        if (main is null)
        {
            return true;
        }

        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(main) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

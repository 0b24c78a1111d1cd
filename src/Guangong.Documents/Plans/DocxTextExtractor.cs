using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Plans;

/// <summary>
/// Extracts the paragraphs of a .docx, one per line. Automatic list numbers (一、 1．) are not stored in
/// the text, so they are re-created from the numbering definitions: the parser needs them.
/// </summary>
internal static class DocxTextExtractor
{
    private const string CorruptMessage = "文件已损坏或不是有效的.docx文档";

    /// <summary>A .docx of a few pages unpacks to a few MB; far more is a zip bomb, not a plan.</summary>
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public static bool IsZip(byte[] bytes) =>
        bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;

    public static PlanReadResult Extract(byte[] bytes)
    {
        if (!IsZip(bytes))
        {
            return PlanReadResult.Failure(CorruptMessage);
        }
        try
        {
            if (UnpackedSize(bytes) > MaxUnpackedBytes)
            {
                return PlanReadResult.Failure("文档解压后过大，无法读取");
            }
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var mainPart = document.MainDocumentPart;
            var body = mainPart?.Document?.Body;
            if (mainPart is null || body is null)
            {
                return PlanReadResult.Failure(CorruptMessage);
            }
            var numbering = new WordNumberingRenderer(mainPart.NumberingDefinitionsPart?.Numbering);
            var lines = new List<string>();
            foreach (var element in body.Elements())
            {
                AddBlock(element, numbering, lines);
            }
            return PlanReadResult.Success(string.Join("\n", lines));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return PlanReadResult.Failure(CorruptMessage);
        }
    }

    private static long UnpackedSize(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        return archive.Entries.Sum(entry => entry.Length);
    }

    private static void AddBlock(OpenXmlElement element, WordNumberingRenderer numbering, List<string> lines)
    {
        switch (element)
        {
            case Paragraph paragraph:
                lines.Add(numbering.Prefix(paragraph) + ParagraphText(paragraph));
                break;
            case Table table:
                // One line per row keeps a roster row ("主任 | 宝音图 | 党委副书记") together.
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>()
                        .Select(cell => string.Concat(cell.Descendants<Paragraph>().Select(ParagraphText)).Trim())
                        .Where(text => text.Length > 0);
                    lines.Add(string.Join("  ", cells));
                }
                break;
            default:
                foreach (var paragraph in element.Descendants<Paragraph>())
                {
                    lines.Add(numbering.Prefix(paragraph) + ParagraphText(paragraph));
                }
                break;
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
        return text.ToString();
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>Paragraph building blocks shared by the official document and the certificate.</summary>
internal static class OfficialParagraphs
{
    public static Paragraph Styled(string styleId, string text, bool pageBreakBefore = false) =>
        new(Properties(styleId, pageBreakBefore), TextRun(text));

    /// <summary>An empty line of the grid: official layout counts blank lines ("空一行"), not spacing.</summary>
    public static Paragraph Blank() => new();

    /// <summary>The title, centred, broken into balanced lines with line breaks inside one paragraph.</summary>
    public static Paragraph Title(string title, bool pageBreakBefore = false)
    {
        var paragraph = new Paragraph(Properties(OfficialStyleIds.Title, pageBreakBefore));
        var lines = TitleLines.Split(XmlSafeText.Clean(title));
        for (var i = 0; i < lines.Count; i++)
        {
            var run = TextRun(lines[i]);
            if (i > 0)
            {
                run.PrependChild(new Break());
            }
            paragraph.Append(run);
        }
        return paragraph;
    }

    /// <summary>A paragraph of the given style for each line of the text, skipping empty lines.</summary>
    public static IEnumerable<Paragraph> Lines(string styleId, string text) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => Styled(styleId, line));

    /// <summary>Right-aligned text ending the given number of twips before the right edge of the block.</summary>
    public static Paragraph RightAligned(string text, int rightIndent) =>
        new(
            new ParagraphProperties
            {
                Indentation = new Indentation { Right = Measure.Text(rightIndent) },
                Justification = new Justification { Val = JustificationValues.Right },
            },
            TextRun(text));

    /// <summary>Left-aligned text starting the given number of twips in from the left edge of the block (no first-line indent).</summary>
    public static Paragraph LeftIndented(string text, int leftIndent) =>
        new(
            new ParagraphProperties
            {
                Indentation = new Indentation { Left = Measure.Text(leftIndent), FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            TextRun(text));

    public static Run TextRun(string text) =>
        new(new Text(XmlSafeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    public static ParagraphProperties Properties(string styleId, bool pageBreakBefore = false)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (pageBreakBefore)
        {
            properties.PageBreakBefore = new PageBreakBefore();
        }
        return properties;
    }
}

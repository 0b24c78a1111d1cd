using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The head (版头): the issuer's mark in red, the document number two lines below it, and a red rule
/// under the number across the text block; the title follows two blank lines lower.
/// </summary>
internal static class DocumentHead
{
    private const string Red = "FF0000";

    /// <summary>The red rule sits 4 mm (about 11 pt) under the document number.</summary>
    private const uint RuleGap = 11;

    public static IEnumerable<Paragraph> Create(string? mark, string? number)
    {
        var markText = XmlSafeText.Clean(mark).Trim();
        var numberText = XmlSafeText.Clean(number).Trim();
        if (markText.Length == 0 && numberText.Length == 0)
        {
            yield break;
        }
        if (markText.Length > 0)
        {
            yield return Mark(markText, withRule: numberText.Length == 0);
        }
        if (numberText.Length > 0)
        {
            if (markText.Length > 0)
            {
                yield return OfficialParagraphs.Blank();
                yield return OfficialParagraphs.Blank();
            }
            yield return new Paragraph(
                new ParagraphProperties
                {
                    ParagraphBorders = Rule(),
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                OfficialParagraphs.TextRun(numberText));
        }
        yield return OfficialParagraphs.Blank();
        yield return OfficialParagraphs.Blank();
    }

    private static Paragraph Mark(string text, bool withRule)
    {
        var properties = new ParagraphProperties
        {
            // Two grid lines tall: a 36 pt mark would be clipped by the body's exact 29 pt line.
            SpacingBetweenLines = OfficialStyles.Exact(OfficialPage.LinePitch * 2),
            Justification = new Justification { Val = JustificationValues.Center },
        };
        if (withRule)
        {
            properties.ParagraphBorders = Rule();
        }
        var run = OfficialParagraphs.TextRun(text);
        run.RunProperties = new RunProperties
        {
            RunFonts = new RunFonts { EastAsia = OfficialFonts.Title, Hint = FontTypeHintValues.EastAsia },
            Color = new Color { Val = Red },
            FontSize = new FontSize { Val = Measure.Text(OfficialPage.MarkSize) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Measure.Text(OfficialPage.MarkSize) },
        };
        return new Paragraph(properties, run);
    }

    private static ParagraphBorders Rule() =>
        new(new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12, Space = RuleGap });
}

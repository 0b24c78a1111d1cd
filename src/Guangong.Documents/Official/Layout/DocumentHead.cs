using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The head (版头, GB/T 9704 7.2 and 10.1). 文件: the issuer's mark in red 35 mm below the top of the
/// text block, the document number two lines under it, a red rule 4 mm under the number across the
/// block. 信函: the mark at the top with a red double rule (thick over thin) under it and the number
/// flush right on the line below. The title follows two blank lines lower in both.
/// </summary>
internal static class DocumentHead
{
    public const string Red = "FF0000";

    /// <summary>The red rule sits 4 mm (about 11 pt) under the document number.</summary>
    private const uint RuleGap = 11;

    /// <summary>35 mm from the top of the text block to the mark's top edge (GB/T 9704 7.2.2).</summary>
    private const int MarkOffset = 1984;

    public static IEnumerable<Paragraph> Create(string? mark, string? number, OfficialFormat format = OfficialFormat.Document)
    {
        var markText = XmlSafeText.Clean(mark).Trim();
        var numberText = XmlSafeText.Clean(number).Trim();
        if (markText.Length == 0 && numberText.Length == 0)
        {
            yield break;
        }
        if (format == OfficialFormat.Letter)
        {
            if (markText.Length > 0)
            {
                yield return Mark(markText, DoubleRule(), spaceBefore: 0);
            }
            if (numberText.Length > 0)
            {
                yield return OfficialParagraphs.RightAligned(numberText, 0);
            }
            yield return OfficialParagraphs.Blank();
            yield return OfficialParagraphs.Blank();
            yield break;
        }
        if (markText.Length > 0)
        {
            yield return Mark(markText, numberText.Length == 0 ? Rule() : null, MarkOffset);
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

    /// <summary>
    /// The mark in 小初 小标宋, red. A long mark ("…关心下一代工作委员会文件") is wider than the block at
    /// that size, so it is narrowed (character scale) rather than made smaller: offices keep the
    /// mark's height and compress it to the block's width.
    /// </summary>
    private static Paragraph Mark(string text, ParagraphBorders? rule, int spaceBefore)
    {
        var spacing = OfficialStyles.Exact(OfficialPage.LinePitch * 2);
        spacing.Before = Measure.Text(spaceBefore);
        var properties = new ParagraphProperties
        {
            // Off the grid: the 35 mm offset and a two-line height must not be rounded to grid lines.
            SnapToGrid = new SnapToGrid { Val = false },
            // Two grid lines tall: a 36 pt mark would be clipped by the body's exact 29 pt line.
            SpacingBetweenLines = spacing,
            Justification = new Justification { Val = JustificationValues.Center },
        };
        if (rule is not null)
        {
            properties.ParagraphBorders = rule;
        }
        var run = OfficialParagraphs.TextRun(text);
        run.RunProperties = new RunProperties
        {
            RunFonts = new RunFonts { EastAsia = OfficialFonts.Title, Hint = FontTypeHintValues.EastAsia },
            Color = new Color { Val = Red },
            Spacing = new Spacing { Val = 0 },
            CharacterScale = new CharacterScale { Val = MarkScale(text) },
            FontSize = new FontSize { Val = Measure.Text(OfficialPage.MarkSize) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Measure.Text(OfficialPage.MarkSize) },
        };
        return new Paragraph(properties, run);
    }

    /// <summary>Horizontal scale in percent so the mark fits the block with a character to spare.</summary>
    internal static int MarkScale(string text)
    {
        var width = TextWidth.HalfUnits(text) * OfficialPage.MarkSize * 5;
        var room = OfficialPage.TextWidth - OfficialPage.MarkSize * 10;
        return width <= room ? 100 : Math.Max(40, room * 100 / width);
    }

    private static ParagraphBorders Rule() =>
        new(new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12, Space = RuleGap });

    /// <summary>信函: a red double rule, thick over thin, 4 mm under the mark.</summary>
    private static ParagraphBorders DoubleRule() =>
        new(new BottomBorder { Val = BorderValues.ThickThinSmallGap, Color = Red, Size = 24, Space = RuleGap });
}

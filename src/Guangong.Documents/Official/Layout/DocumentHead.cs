using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The head (版头, GB/T 9704 7.2 and 10.1). 文件: the issuer's mark in red 35 mm below the top of the
/// text block, the document number two lines under it, a red rule 4 mm under the number across the
/// block. 信函 (10.1): the mark 30 mm under the paper's top with a red double rule (thick over thin)
/// 4 mm under it, 170 mm long, and the number flush right 14 pt under the rule; a second double rule
/// (thin over thick) 20 mm above the paper's foot. The title follows two blank lines lower in both.
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
            yield return LetterHead(markText, numberText);
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

    /// <summary>The 信函 mark's top edge, 30 mm under the paper's top (GB/T 9704 10.1).</summary>
    public const int LetterMarkTop = 1701;

    /// <summary>The 信函 rules: 170 mm long, centred on the paper, so 20 mm in from each side.</summary>
    public const int LetterRuleWidth = 9638;

    public const int LetterRuleLeft = ((int)OfficialPage.Width - LetterRuleWidth) / 2;

    /// <summary>The 信函 foot rule, 20 mm above the paper's lower edge.</summary>
    public const int LetterFootRule = (int)OfficialPage.Height - 1134;

    /// <summary>
    /// 信函: the mark and the double rule 4 mm under it in a box placed 30 mm from the paper's top (above
    /// the text block, which starts at 37 mm), and the number flush right under the rule, 7/8 of a 3号
    /// character's height (14 pt) below it. The box floats; the number paragraph's space before keeps
    /// the text clear of it.
    /// </summary>
    private static Paragraph LetterHead(string markText, string numberText)
    {
        const int markLine = OfficialPage.MarkSize * 10;
        const int ruleGap = (int)RuleGap * 20;
        const int rule = 60;
        // From the block's top to the number's top: 30 mm + the mark + 4 mm + the rule + 14 pt − 37 mm.
        const int numberBefore = LetterMarkTop + markLine + ruleGap + rule + 280 - OfficialPage.MarginTop;
        var spacing = OfficialStyles.Exact(OfficialPage.BodySize * 10);
        spacing.Before = Measure.Text(numberBefore);
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = spacing,
            Justification = new Justification { Val = JustificationValues.Right },
        });
        if (markText.Length > 0)
        {
            var mark = Mark(markText, DoubleRule(), spaceBefore: 0, markLine);
            var box = PageBox.Anchored([mark], LetterRuleLeft, LetterMarkTop, LetterRuleWidth, markLine + ruleGap + rule + 60, 1002, "发文机关标志", wrap: false, bottom: false);
            paragraph.Append(box.Elements<Run>().Single().CloneNode(true));
            // Placed from the head's paragraph, not from the first page's footer: LibreOffice moves a
            // footer's box below the block up to the top of the page.
            paragraph.Append(LetterFoot().Elements<Run>().Single().CloneNode(true));
        }
        if (numberText.Length > 0)
        {
            paragraph.Append(OfficialParagraphs.TextRun(numberText));
        }
        return paragraph;
    }

    /// <summary>The 信函 foot: a red double rule (thin over thick) 20 mm above the paper's lower edge, 170 mm long.</summary>
    private static Paragraph LetterFoot()
    {
        var line = new Paragraph(new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = OfficialStyles.Exact(40),
            ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.ThinThickSmallGap, Color = Red, Size = 24, Space = 0 }),
        });
        return PageBox.Anchored([line], LetterRuleLeft, LetterFootRule, LetterRuleWidth, 120, 1003, "信函下线", wrap: false, bottom: false);
    }

    /// <summary>
    /// The mark in 小初 小标宋, red. A long mark ("…关心下一代工作委员会文件") is wider than the block at
    /// that size, so it is narrowed (character scale) rather than made smaller: offices keep the
    /// mark's height and compress it to the block's width.
    /// </summary>
    private static Paragraph Mark(string text, ParagraphBorders? rule, int spaceBefore, int lineHeight = OfficialPage.LinePitch * 2)
    {
        var spacing = OfficialStyles.Exact(lineHeight);
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

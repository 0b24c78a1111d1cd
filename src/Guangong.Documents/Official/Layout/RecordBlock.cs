using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The record block (版记, GB/T 9704 7.4): copy recipients, then the printing office and date, in 4号
/// 仿宋 one character in from each side, between rules as wide as the text block (thick 0.35 mm
/// first and last, thin 0.25 mm between). Its paragraphs sit in a text box anchored to the last
/// paragraph and aligned to the bottom of the text block, so the block is at the foot of the last
/// page whatever the length of the text above. (LibreOffice 7 ignores the position of a floating
/// table or a framePr frame as wide as the block, but honours a DrawingML text box.)
/// </summary>
internal static class RecordBlock
{
    /// <summary>Border widths are in eighths of a point: 8 ≈ 0.35 mm, 6 ≈ 0.25 mm.</summary>
    private const uint ThickRule = 8;
    private const uint ThinRule = 6;

    private const int Inset = OfficialPage.SmallCharacter;

    /// <summary>The block as one paragraph holding the anchored text box; null when there is nothing to record.</summary>
    /// <param name="letter">信函 (GB/T 9704 10.1): the block holds no printing office, no printing date
    /// and no rules, only the copy recipients.</param>
    public static Paragraph? Create(IReadOnlyList<string> copyTo, string? printedBy, DateOnly? printedDate, bool letter = false) =>
        Lines(copyTo, printedBy, printedDate, letter) is { Count: > 0 } lines
            // Its foot on the block's lower edge, measured from the paper's top: LibreOffice aligns a box to
            // the bottom margin of a later section's page several millimetres off, but places a page offset exactly.
            ? PageBox.Anchored(lines, (int)OfficialPage.MarginLeft, (int)OfficialPage.Height - OfficialPage.MarginBottom - Height(lines),
                OfficialPage.TextWidth, Height(lines), 1001, "版记", wrap: true, bottom: true)
            : null;

    /// <summary>The height of the block's text box in twips: its lines on the grid and the rules.</summary>
    public static int Height(IReadOnlyList<Paragraph> lines)
    {
        // Lines of 4号 text one character in from each side; the copy line wraps under its label.
        const int perLine = (OfficialPage.TextWidth - 2 * Inset) / OfficialPage.SmallCharacter * 2 - 6;
        var rows = lines.Sum(l => Math.Max(1, (TextWidth.HalfUnits(l.InnerText) - 6 + perLine - 1) / perLine));
        return rows * OfficialPage.LinePitch + 120;
    }

    internal static IReadOnlyList<Paragraph> Lines(IReadOnlyList<string> copyTo, string? printedBy, DateOnly? printedDate, bool letter = false)
    {
        if (letter)
        {
            (printedBy, printedDate) = (null, null);
        }
        var recipients = copyTo.Select(c => XmlSafeText.Clean(c).Trim().TrimEnd('。', '，', '、')).Where(c => c.Length > 0).ToList();
        var printer = XmlSafeText.Clean(printedBy).Trim();
        if (recipients.Count == 0 && printer.Length == 0 && printedDate is null)
        {
            return [];
        }
        var printLine = printer.Length > 0 || printedDate is not null;
        const int label = OfficialPage.SmallCharacter * 3;
        var copyText = "抄送：" + string.Join("，", recipients) + "。";
        var paragraphs = new List<Paragraph>();
        if (recipients.Count > 0)
        {
            var copy = Line(ThickRule, printLine ? ThinRule : ThickRule,
                new Indentation { Left = Measure.Text(Inset + label), Hanging = Measure.Text(label), Right = Measure.Text(Inset) });
            if (letter)
            {
                copy.ParagraphProperties!.ParagraphBorders = null;
            }
            copy.Append(OfficialParagraphs.TextRun(copyText));
            paragraphs.Add(copy);
        }
        if (printLine)
        {
            var line = Line(recipients.Count > 0 ? null : ThickRule, ThickRule,
                new Indentation { Left = Measure.Text(Inset), Right = Measure.Text(Inset) });
            // The date flush right at the right indent: a right tab stop there.
            line.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = OfficialPage.TextWidth - Inset });
            line.Append(OfficialParagraphs.TextRun(printer));
            if (printedDate is { } date)
            {
                line.Append(new Run(new TabChar()), OfficialParagraphs.TextRun(ChineseDate.Format(date) + "印发"));
            }
            paragraphs.Add(line);
        }
        return paragraphs;
    }

    private static Paragraph Line(uint? topRule, uint bottom, Indentation indentation)
    {
        var borders = new ParagraphBorders();
        if (topRule is { } t)
        {
            borders.TopBorder = new TopBorder { Val = BorderValues.Single, Size = t, Space = 1 };
        }
        borders.BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = bottom, Space = 1 };
        var properties = OfficialParagraphs.Properties(OfficialStyleIds.Record);
        properties.ParagraphBorders = borders;
        properties.Indentation = indentation;
        return new Paragraph(properties);
    }
}

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

    private const long EmuPerTwip = 635;

    /// <summary>The block as one paragraph holding the anchored text box; null when there is nothing to record.</summary>
    public static Paragraph? Create(IReadOnlyList<string> copyTo, string? printedBy, DateOnly? printedDate) =>
        Lines(copyTo, printedBy, printedDate) is { Count: > 0 } lines ? new Paragraph(new Run(new Drawing(TextBox(lines, Height(lines))))) : null;

    /// <summary>The height of the block's text box in twips: its lines on the grid and the rules.</summary>
    public static int Height(IReadOnlyList<Paragraph> lines)
    {
        // Lines of 4号 text one character in from each side; the copy line wraps under its label.
        const int perLine = (OfficialPage.TextWidth - 2 * Inset) / OfficialPage.SmallCharacter * 2 - 6;
        var rows = lines.Sum(l => Math.Max(1, (TextWidth.HalfUnits(l.InnerText) - 6 + perLine - 1) / perLine));
        return rows * OfficialPage.LinePitch + 120;
    }

    internal static IReadOnlyList<Paragraph> Lines(IReadOnlyList<string> copyTo, string? printedBy, DateOnly? printedDate)
    {
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

    /// <summary>
    /// A text box as wide as the block, its foot on the text block's lower edge, text anchored to its
    /// bottom, wrapping top and bottom so body text never runs under it.
    /// </summary>
    private static string TextBox(IReadOnlyList<Paragraph> lines, int heightTwips)
    {
        var cx = OfficialPage.TextWidth * EmuPerTwip;
        var cy = heightTwips * EmuPerTwip;
        // Its foot on the block's lower edge, measured from the paper's top: LibreOffice aligns a box to
        // the bottom margin of a later section's page several millimetres off, but places a page offset exactly.
        var top = (OfficialPage.Height - OfficialPage.MarginBottom - heightTwips) * EmuPerTwip;
        var content = string.Concat(lines.Select(l => l.OuterXml));
        return $"""
            <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{top}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1001" name="版记"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
            """;
    }
}

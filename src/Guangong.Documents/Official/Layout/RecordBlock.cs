using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The record block (版记, GB/T 9704 7.4): copy recipients, then the printing office and date, in 4号
/// 仿宋 one character in from each side, between rules as wide as the text block (thick 0.35 mm
/// first and last, thin 0.25 mm between). It floats at the foot of the last page, where the standard
/// puts it, whatever the length of the text above.
/// </summary>
internal static class RecordBlock
{
    /// <summary>Border widths are in eighths of a point: 8 ≈ 0.35 mm, 6 ≈ 0.25 mm.</summary>
    private const uint ThickRule = 8;
    private const uint ThinRule = 6;

    private const int Inset = OfficialPage.SmallCharacter;

    public static Table? Create(IReadOnlyList<string> copyTo, string? printedBy, DateOnly? printedDate)
    {
        var recipients = copyTo.Select(c => XmlSafeText.Clean(c).Trim().TrimEnd('。', '，', '、')).Where(c => c.Length > 0).ToList();
        var printer = XmlSafeText.Clean(printedBy).Trim();
        if (recipients.Count == 0 && printer.Length == 0 && printedDate is null)
        {
            return null;
        }
        const int half = OfficialPage.TextWidth / 2;
        var table = new Table(
            new TableProperties
            {
                TablePositionProperties = new TablePositionProperties
                {
                    VerticalAnchor = VerticalAnchorValues.Margin,
                    TablePositionYAlignment = VerticalAlignmentValues.Bottom,
                    HorizontalAnchor = HorizontalAnchorValues.Margin,
                    TablePositionXAlignment = HorizontalAlignmentValues.Center,
                },
                TableWidth = new TableWidth { Width = Measure.Text(OfficialPage.TextWidth), Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = ThickRule },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Single, Size = ThickRule },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = ThinRule },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = OfficialTables.NoCellMargins(),
            },
            new TableGrid(new GridColumn { Width = Measure.Text(half) }, new GridColumn { Width = Measure.Text(OfficialPage.TextWidth - half) }));

        if (recipients.Count > 0)
        {
            table.Append(new TableRow(CopyToCell(recipients)));
        }
        if (printer.Length > 0 || printedDate is not null)
        {
            var dateText = printedDate is { } date ? ChineseDate.Format(date) + "印发" : string.Empty;
            table.Append(new TableRow(
                Cell(half, printer, JustificationValues.Left, new Indentation { Left = Measure.Text(Inset) }),
                Cell(OfficialPage.TextWidth - half, dateText, JustificationValues.Right, new Indentation { Right = Measure.Text(Inset) })));
        }
        return table;
    }

    /// <summary>"抄送：A，B，C。" with wrapped lines aligned after the colon.</summary>
    private static TableCell CopyToCell(IReadOnlyList<string> recipients)
    {
        const int label = OfficialPage.SmallCharacter * 3;
        var cell = Cell(
            OfficialPage.TextWidth,
            "抄送：" + string.Join("，", recipients) + "。",
            JustificationValues.Both,
            new Indentation { Left = Measure.Text(Inset + label), Hanging = Measure.Text(label), Right = Measure.Text(Inset) });
        cell.TableCellProperties!.GridSpan = new GridSpan { Val = 2 };
        return cell;
    }

    private static TableCell Cell(int width, string text, JustificationValues alignment, Indentation indentation)
    {
        var cell = OfficialTables.Cell(width, text, alignment, OfficialStyleIds.Record);
        cell.GetFirstChild<Paragraph>()!.ParagraphProperties!.Indentation = indentation;
        return cell;
    }
}

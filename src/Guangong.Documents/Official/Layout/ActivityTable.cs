using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The certificate's activity list: 序号, 日期, 活动名称, 小时数, and a 合计 row. The header row
/// repeats on every page, since a busy volunteer's list runs over several.
/// </summary>
internal static class ActivityTable
{
    // 4号 characters (280 twips) and the cells' margins: the date holds "2023年12月12日" on one line with the space a
    // renderer puts between Chinese and digits (at 2400 it broke before its 日), the hours "小时数" and a figure; the rest
    // is the activity's name.
    private static readonly int[] Widths = [800, 2800, 3944, 1300];

    public static Table Create(IReadOnlyList<CertificateActivity> activities, decimal total)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Measure.Text(Widths.Sum()), Type = TableWidthUnitValues.Dxa },
                TableBorders = OfficialTables.Grid(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(Widths.Select(w => new GridColumn { Width = Measure.Text(w) })));

        var header = new TableRow(
            new TableRowProperties(new TableHeader()),
            Cell(0, "序号", OfficialStyleIds.TableHeader),
            Cell(1, "日期", OfficialStyleIds.TableHeader),
            Cell(2, "活动名称", OfficialStyleIds.TableHeader),
            Cell(3, "小时数", OfficialStyleIds.TableHeader));
        table.Append(header);

        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var title = OfficialTables.Cell(Widths[2], activity.Title.Trim(), JustificationValues.Left, OfficialStyleIds.TableText);
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(0, (i + 1).ToString(CultureInfo.InvariantCulture)),
                Cell(1, ChineseDate.Format(activity.Date)),
                title,
                Cell(3, Hours(activity.Hours))));
        }

        var totalRow = new TableRow(
            OfficialTables.Cell(Widths[0] + Widths[1] + Widths[2], "合计", JustificationValues.Center, OfficialStyleIds.TableHeader, span: 3),
            Cell(3, Hours(total)));
        table.Append(totalRow);
        return table;
    }

    /// <summary>Hours without trailing zeros: 2, 2.5, 0.75.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static TableCell Cell(int column, string text, string styleId = OfficialStyleIds.TableText) =>
        OfficialTables.Cell(Widths[column], text, JustificationValues.Center, styleId);
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>Lays out an <see cref="OfficialTable"/>: thin rules all round, the header repeated, rows kept whole.</summary>
internal static class GridTable
{
    /// <summary>The text block's width in twentieths of a point (156 mm), as the certificate's table uses.</summary>
    private const int BlockWidth = 8844;

    public static Table Create(OfficialTable source)
    {
        if (source.Widths.Count != source.Header.Count || source.Rows.Any(r => r.Count != source.Header.Count) || source.Widths.Any(w => w <= 0))
        {
            throw new ArgumentException("Every row and the widths must have one entry per header column.", nameof(source));
        }

        var sum = source.Widths.Sum();
        var widths = source.Widths.Select(w => BlockWidth * w / sum).ToArray();
        widths[^1] += BlockWidth - widths.Sum();
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Measure.Text(BlockWidth), Type = TableWidthUnitValues.Dxa },
                TableBorders = OfficialTables.Grid(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Measure.Text(w) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(source.Header.Select((h, i) => OfficialTables.Cell(widths[i], h, JustificationValues.Center, OfficialStyleIds.TableHeader)));
        table.Append(header);
        foreach (var row in source.Rows)
        {
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            line.Append(row.Select((text, i) => OfficialTables.Cell(widths[i], text.Trim(), JustificationValues.Left, OfficialStyleIds.TableText)));
            table.Append(line);
        }

        return table;
    }
}

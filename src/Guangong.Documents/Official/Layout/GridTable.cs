using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>Lays out an <see cref="OfficialTable"/>: thin rules all round, the header repeated, rows kept whole, short entries on one line (<see cref="ColumnFit"/>).</summary>
internal static class GridTable
{
    /// <summary>The text block's width in twentieths of a point (156 mm), as the certificate's table uses.</summary>
    private const int BlockWidth = 8844;

    /// <summary>A cell's left and right padding: 1 mm, as printed forms have, rather than the 1.9 mm default.</summary>
    public const int CellPadding = 57;

    public static Table Create(OfficialTable source)
    {
        if (source.Widths.Count != source.Header.Count || source.Rows.Any(r => r.Count != source.Header.Count) || source.Widths.Any(w => w <= 0))
        {
            throw new ArgumentException("Every row and the widths must have one entry per header column.", nameof(source));
        }

        var widths = ColumnFit.Widths(BlockWidth, source.Widths, source.Header, source.Rows, OfficialPage.SmallSize * 10);
        var numeric = Enumerable.Range(0, source.Header.Count).Select(i => IsNumberColumn(source.Rows, i)).ToArray();
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Measure.Text(BlockWidth), Type = TableWidthUnitValues.Dxa },
                TableBorders = OfficialTables.Grid(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = CellPadding, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = CellPadding, Type = TableWidthValues.Dxa }),
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Measure.Text(w) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(source.Header.Select((h, i) => OfficialTables.Cell(widths[i], h, JustificationValues.Center, OfficialStyleIds.TableHeader)));
        table.Append(header);
        foreach (var row in source.Rows)
        {
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            line.Append(row.Select((text, i) => OfficialTables.Cell(widths[i], text.Trim(), numeric[i] ? JustificationValues.Center : JustificationValues.Left, OfficialStyleIds.TableText)));
            table.Append(line);
        }

        return table;
    }

    /// <summary>A column of figures ("12.5", "698", blanks) is centred under its header, as a form's figures are.</summary>
    private static bool IsNumberColumn(IReadOnlyList<IReadOnlyList<string>> rows, int column)
    {
        var cells = rows.Select(r => r[column].Trim()).Where(t => t.Length > 0).ToList();
        return cells.Count > 0 && cells.All(t => t.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '%' or ','));
    }
}

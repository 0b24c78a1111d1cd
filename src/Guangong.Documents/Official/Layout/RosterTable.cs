using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// A roster as a borderless table: the role spread across a fixed width ("主　　任"), a colon, then
/// the name and post. Rows continuing a role leave it blank, as a typed roster does.
/// </summary>
internal static class RosterTable
{
    private const int MinRoleCharacters = 4;

    public static Table Create(OfficialRoster roster)
    {
        var roleCharacters = Math.Max(MinRoleCharacters, roster.Rows.Select(r => (TextWidth.HalfUnits(r.Role.Trim()) + 1) / 2).DefaultIfEmpty(0).Max());
        var indent = OfficialPage.BodyCharacter * 2;
        var roleWidth = OfficialPage.BodyCharacter * roleCharacters;
        var colonWidth = OfficialPage.BodyCharacter;
        var nameWidth = OfficialPage.TextWidth - indent - roleWidth - colonWidth;

        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Measure.Text(roleWidth + colonWidth + nameWidth), Type = TableWidthUnitValues.Dxa },
                TableIndentation = new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa },
                TableBorders = OfficialTables.NoBorders(),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = OfficialTables.NoCellMargins(),
            },
            new TableGrid(
                new GridColumn { Width = Measure.Text(roleWidth) },
                new GridColumn { Width = Measure.Text(colonWidth) },
                new GridColumn { Width = Measure.Text(nameWidth) }));

        var padTwo = roster.Rows.Any(r => r.Name.Trim().Length >= 3);
        string? previousRole = null;
        foreach (var row in roster.Rows)
        {
            var role = XmlSafeText.Clean(row.Role).Trim();
            var shown = role == previousRole ? string.Empty : role;
            previousRole = role;
            var name = Padded(XmlSafeText.Clean(row.Name).Trim(), padTwo);
            var post = XmlSafeText.Clean(row.Post).Trim();
            table.Append(new TableRow(
                OfficialTables.Cell(roleWidth, shown, JustificationValues.Distribute),
                OfficialTables.Cell(colonWidth, shown.Length > 0 ? "：" : string.Empty, JustificationValues.Left),
                OfficialTables.Cell(nameWidth, post.Length > 0 ? $"{name}（{post}）" : name, JustificationValues.Left)));
        }
        return table;
    }

    /// <summary>
    /// A two-character name written "李  林", as offices type it so it lines up with three-character
    /// names (the seeds do); the stored name stays "李林" for search and matching.
    /// </summary>
    internal static string Padded(string name, bool padTwo) =>
        padTwo && name.Length == 2 && name.All(c => c >= '\u4e00' && c <= '\u9fff') ? $"{name[0]}  {name[1]}" : name;
}

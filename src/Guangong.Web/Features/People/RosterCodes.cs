namespace Guangong.Web.Features.People;

/// <summary>What the rules check coded fields against: the enabled dictionary values and the units in scope.</summary>
public sealed record RosterCodes(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Layers,
    IReadOnlyDictionary<long, RosterUnit> Units,
    DateOnly Today)
{
    public static readonly string[] PoliticalStatuses = ["中共党员", "中共预备党员", "共青团员", "民主党派", "群众"];

    /// <summary>
    /// When more than one unit in scope bears the name (villages of two towns), one of them named with its town, to show
    /// how to tell them apart; otherwise null.
    /// </summary>
    public string? WithTownIfShared(string? text)
    {
        var sharing = string.IsNullOrWhiteSpace(text) ? [] : Units.Values.Where(u => u.Name == text.Trim()).Take(2).ToList();
        return sharing.Count > 1 && sharing[0].Label != sharing[0].Name ? sharing[0].Label : null;
    }

    /// <summary>
    /// Finds a unit by id text, by its name as the reader's lists show it (a district's: “郑陆镇 焦溪村关工委”, as its export
    /// writes it) or by its exact name when only one unit in scope bears it (spreadsheets carry names).
    /// </summary>
    public long? FindUnit(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (long.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && Units.ContainsKey(id))
        {
            return id;
        }

        var byLabel = Units.Values.Where(u => u.Label == t).Select(u => (long?)u.Id).ToList();
        if (byLabel.Count == 1)
        {
            return byLabel[0];
        }

        var byName = Units.Values.Where(u => u.Name == t).Select(u => (long?)u.Id).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }
}

/// <summary>
/// A unit a volunteer may belong to, with the path their records must carry and its <paramref name="Label"/>: its name as
/// the reader's lists show it (<see cref="Organization.TownNamedUnits"/>), which a district's spreadsheets carry.
/// </summary>
public sealed record RosterUnit(long Id, string Name, string Path, int Depth, string Label);

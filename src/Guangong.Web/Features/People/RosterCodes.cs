namespace Guangong.Web.Features.People;

/// <summary>What the rules check coded fields against: the enabled dictionary values and the units in scope.</summary>
public sealed record RosterCodes(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Layers,
    IReadOnlyDictionary<long, RosterUnit> Units,
    DateOnly Today)
{
    public static readonly string[] PoliticalStatuses = ["中共党员", "中共预备党员", "共青团员", "民主党派", "群众"];

    /// <summary>Finds a unit by id text or by its exact name (spreadsheets carry names).</summary>
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

        var byName = Units.Where(u => u.Value.Name == t).Select(u => (long?)u.Key).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }
}

/// <summary>A unit a volunteer may belong to, with the path their records must carry.</summary>
public sealed record RosterUnit(long Id, string Name, string Path, int Depth);

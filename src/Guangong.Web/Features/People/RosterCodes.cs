namespace Guangong.Web.Features.People;

/// <summary>
/// What the roster's list filter and its forms offer: the enabled categories and layers, and the units cut in the database
/// as every unit picker is (<see cref="Organization.UnitChoices"/>); <paramref name="Today"/> is a new entry's default date.
/// </summary>
public sealed record RosterChoices(IReadOnlyList<string> Categories, IReadOnlyList<string> Layers, Organization.UnitChoiceList Units, DateOnly Today);

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
    /// how to tell them apart; null when their towns do not tell them apart either.
    /// </summary>
    public string? WithTownIfShared(string? text)
    {
        var sharing = string.IsNullOrWhiteSpace(text) ? [] : Units.Values.Where(u => u.Name == text.Trim()).ToList();
        return sharing.Count > 1 && sharing.Select(u => u.Label).Distinct().Count() == sharing.Count && sharing.FirstOrDefault(u => u.Label != u.Name) is { } named
            ? named.Label
            : null;
    }

    /// <summary>
    /// Finds a unit by id text; by its name as the reader's lists show it (a district's: “郑陆镇 焦溪村关工委”, as its export
    /// writes it); by its exact name when only one unit in scope bears it (spreadsheets carry names); or by its name after
    /// the name of a town in scope above it (a district's file read by the town). Spaces do not count.
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

        var squeezed = Organization.UnitNames.Squeezed(t);
        // Keyed once for these units: an import looks up every row's unit (100,000 rows against a district's 300 units). A
        // copy made `with` other units keys its own.
        if (!ReferenceEquals(keyed?.Units, Units))
        {
            keyed = (Units, Units.Values.ToLookup(u => Organization.UnitNames.Squeezed(u.Label), u => u.Id), Units.Values.ToLookup(u => Organization.UnitNames.Squeezed(u.Name), u => u.Id));
        }

        return One(keyed.Value.ByLabel[squeezed]) ?? One(keyed.Value.ByName[squeezed]) ?? One(Units.Values.Where(u => AfterTownAbove(u, squeezed)).Select(u => u.Id));
    }

    private (IReadOnlyDictionary<long, RosterUnit> Units, ILookup<string, long> ByLabel, ILookup<string, long> ByName)? keyed;

    private static long? One(IEnumerable<long> found) => found.Take(2).ToList() is [var only] ? only : null;

    /// <summary>Whether <paramref name="text"/> is the unit's name after the place of a unit in scope above it (“郑陆镇” + “焦溪村关工委”).</summary>
    private bool AfterTownAbove(RosterUnit unit, string text)
    {
        var name = Organization.UnitNames.Squeezed(unit.Name);
        if (text.Length <= name.Length || !text.EndsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        var head = text[..^name.Length];
        return Units.Values.Any(above => above.Id != unit.Id && unit.Path.StartsWith(above.Path, StringComparison.Ordinal)
            && Organization.UnitNames.Squeezed(Organization.UnitNames.Place(above.Name)) == head);
    }
}

/// <summary>
/// A unit a volunteer may belong to, with the path their records must carry and its <paramref name="Label"/>: its name as
/// the reader's lists show it (<see cref="Organization.TownNamedUnits"/>), which a district's spreadsheets carry.
/// </summary>
public sealed record RosterUnit(long Id, string Name, string Path, int Depth, string Label);

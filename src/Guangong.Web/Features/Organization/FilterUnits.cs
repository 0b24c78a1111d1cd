namespace Guangong.Web.Features.Organization;

/// <summary>
/// The units a list's unit filter offers. A town's or a district's whole tree reads well in one drop-down; a city's or
/// a province's does not (24,000 options, 2 MB on every list page of a province viewer): the levels are kept from the
/// top down while they fit <see cref="MostShown"/>, always the scope unit's own and the one below it, and the unit the
/// list is filtered by now is kept with them. A deeper unit is reached by switching to its district or town in the header.
/// The units page's tree is cut the same way, each unit at its last level opening its own subtree.
/// </summary>
public static class FilterUnits
{
    public const int MostShown = 300;

    public static IReadOnlyList<T> Shown<T>(IReadOnlyList<T> units, Func<T, int> depth, Func<T, long> id, long? selected)
    {
        if (units.Count <= MostShown)
        {
            return units;
        }

        var deepest = DeepestShown(units.GroupBy(depth).Select(g => (g.Key, g.Count())));
        return [.. units.Where(u => depth(u) <= deepest || id(u) == selected)];
    }

    /// <summary>The deepest level shown, from the number of units at each level (depth, count).</summary>
    public static int DeepestShown(IEnumerable<(int Depth, int Count)> perLevel, int mostShown = MostShown)
    {
        var levels = perLevel.OrderBy(l => l.Depth).ToList();
        var (deepest, shown) = (levels.Count == 0 ? 0 : levels[0].Depth, 0);
        foreach (var (level, index) in levels.Select((l, i) => (l, i)))
        {
            if (index > 1 && shown + level.Count > mostShown)
            {
                break;
            }

            (deepest, shown) = (level.Depth, shown + level.Count);
        }

        return deepest;
    }
}

namespace Guangong.Web.Features.Organization;

/// <summary>
/// The order every list of units shows them in: each unit followed by the units below it, siblings by their sort order,
/// then name — the organization page, the header's unit switch and every unit picker alike. (The path is no order for
/// people: its ids sort as text, so a town's village 10 came before village 5, and the pickers differed from the header.)
/// A unit whose parent is not among the rows stands at the top level.
/// </summary>
public static class TreeOrder
{
    public static List<T> Sort<T>(IReadOnlyCollection<T> rows, Func<T, long> id, Func<T, long?> parent, Func<T, int> sortOrder, Func<T, string> name)
    {
        var ids = rows.Select(id).ToHashSet();
        var children = rows.ToLookup(r => parent(r) is { } p && ids.Contains(p) ? p : (long?)null);
        var ordered = new List<T>(rows.Count);
        void Walk(long? at)
        {
            foreach (var row in children[at].OrderBy(sortOrder).ThenBy(name, StringComparer.Ordinal))
            {
                ordered.Add(row);
                Walk(id(row));
            }
        }

        Walk(null);
        return ordered;
    }
}

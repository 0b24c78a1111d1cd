using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// Puts a list of records held by units (committees, correspondents, cafés, stations…) in the tree's order of their units
/// (<see cref="TreeOrder"/>: each unit before those below it, siblings by sort order, then name, then creation), keeping
/// the list's own order among the records of one unit. Ordering by the path put a town's village 10 before its village 5:
/// its ids sort as text.
/// </summary>
public sealed class UnitTreeOrder(GuangongDbContext db)
{
    /// <summary>Ids sent as separate parameters in one read: well under any provider's limit.</summary>
    private const int IdsPerRead = 500;

    /// <summary>The rows in their units' tree order (a stable sort: rows of one unit keep their order).</summary>
    public async Task<List<T>> SortAsync<T>(IReadOnlyCollection<T> rows, Func<T, string> unitPath, CancellationToken ct = default)
    {
        var paths = rows.Select(unitPath).Distinct(StringComparer.Ordinal).ToList();
        if (paths.Count < 2)
        {
            return [.. rows];
        }

        // Each unit on the paths, read by key; those above the scope are common to every row and are not read.
        var ids = paths.SelectMany(SubtreeFilter.Ids).Distinct().ToList();
        var units = new Dictionary<long, (int SortOrder, string Name)>();
        foreach (var chunk in ids.Chunk(IdsPerRead))
        {
            var some = chunk.ToList();
            foreach (var u in await db.Units.AsNoTracking().Where(u => some.Contains(u.Id)).Select(u => new { u.Id, u.SortOrder, u.Name }).ToListAsync(ct))
            {
                units[u.Id] = (u.SortOrder, u.Name);
            }
        }

        var rank = paths.Order(Comparer<string>.Create((a, b) => ByChain(a, b, units)))
            .Select((path, i) => (path, i)).ToDictionary(p => p.path, p => p.i, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => rank[unitPath(r)])];
    }

    /// <summary>Two paths compared unit by unit from the top: the first pair that differs decides; a unit comes before those below it.</summary>
    private static int ByChain(string a, string b, Dictionary<long, (int SortOrder, string Name)> units)
    {
        var (left, right) = (SubtreeFilter.Ids(a), SubtreeFilter.Ids(b));
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            if (left[i] == right[i])
            {
                continue;
            }

            (int SortOrder, string Name) x = units.GetValueOrDefault(left[i], (0, string.Empty)), y = units.GetValueOrDefault(right[i], (0, string.Empty));
            var order = x.SortOrder != y.SortOrder ? x.SortOrder.CompareTo(y.SortOrder) : TreeOrder.Names.Compare(x.Name, y.Name);
            return order != 0 ? order : left[i].CompareTo(right[i]);
        }

        return left.Count.CompareTo(right.Count);
    }
}

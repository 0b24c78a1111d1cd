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

    /// <summary>Past this many units on the rows' paths (a province's committees) the scope's units are read in one query instead.</summary>
    private const int MostIdsByKey = 2_000;

    /// <summary>The rows in their units' tree order (a stable sort: rows of one unit keep their order).</summary>
    public async Task<List<T>> SortAsync<T>(IReadOnlyCollection<T> rows, Func<T, string> unitPath, CancellationToken ct = default)
    {
        var paths = rows.Select(unitPath).Distinct(StringComparer.Ordinal).ToList();
        if (paths.Count < 2)
        {
            return [.. rows];
        }

        // Each unit on the paths (read through the scope: those above it are common to every row and come back as none).
        var ids = paths.SelectMany(SubtreeFilter.Ids).Distinct().ToList();
        var units = new Dictionary<long, (int SortOrder, string Name)>();
        var reads = ids.Count > MostIdsByKey ? [null] : ids.Chunk(IdsPerRead).Select(c => c.ToList()).ToList<List<long>?>();
        foreach (var some in reads)
        {
            var query = db.Units.AsNoTracking();
            foreach (var u in await (some is null ? query : query.Where(u => some.Contains(u.Id))).Select(u => new { u.Id, u.SortOrder, u.Name }).ToListAsync(ct))
            {
                units[u.Id] = (u.SortOrder, u.Name);
            }
        }

        // Each path's chain of (sort order, name, id) from the top, made once.
        var chains = paths.ToDictionary(p => p, p => SubtreeFilter.Ids(p).Select(id => units.TryGetValue(id, out var u) ? (u.SortOrder, u.Name, id) : (0, string.Empty, id)).ToArray(), StringComparer.Ordinal);
        var rank = paths.Order(Comparer<string>.Create((a, b) => ByChain(chains[a], chains[b])))
            .Select((path, i) => (path, i)).ToDictionary(p => p.path, p => p.i, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => rank[unitPath(r)])];
    }

    /// <summary>Two chains compared unit by unit from the top: the first pair that differs decides; a unit comes before those below it.</summary>
    private static int ByChain((int SortOrder, string Name, long Id)[] left, (int SortOrder, string Name, long Id)[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var (x, y) = (left[i], right[i]);
            if (x.Id == y.Id)
            {
                continue;
            }

            var order = x.SortOrder != y.SortOrder ? x.SortOrder.CompareTo(y.SortOrder) : TreeOrder.Names.Compare(x.Name, y.Name);
            return order != 0 ? order : x.Id.CompareTo(y.Id);
        }

        return left.Length.CompareTo(right.Length);
    }
}

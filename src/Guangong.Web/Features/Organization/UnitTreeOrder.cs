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

        // Each unit on the paths (read through the scope: those above it are common to every row and come back as none),
        // put in the tree's order by the one rule of TreeOrder; a row ranks as its unit does.
        var ids = paths.SelectMany(SubtreeFilter.Ids).Distinct().ToList();
        var units = new List<(long Id, string Path, int SortOrder, string Name)>();
        var reads = ids.Count > MostIdsByKey ? [null] : ids.Chunk(IdsPerRead).Select(c => c.ToList()).ToList<List<long>?>();
        foreach (var some in reads)
        {
            var query = db.Units.AsNoTracking();
            units.AddRange((await (some is null ? query : query.Where(u => some.Contains(u.Id))).Select(u => new { u.Id, u.Path, u.SortOrder, u.Name }).ToListAsync(ct))
                .Select(u => (u.Id, u.Path, u.SortOrder, u.Name)));
        }

        var rank = TreeOrder.Sort(units, u => u.Id, u => u.Path, u => u.SortOrder, u => u.Name)
            .Select((u, i) => (u.Path, i)).ToDictionary(u => u.Path, u => u.i, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => rank.GetValueOrDefault(unitPath(r), int.MaxValue))];
    }
}

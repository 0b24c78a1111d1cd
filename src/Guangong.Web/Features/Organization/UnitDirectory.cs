using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>Read side of the organization tree. Every query runs through the data-scope filter.</summary>
public sealed class UnitDirectory(GuangongDbContext db)
{
    /// <summary>
    /// The visible tree in display order (siblings by sort order, then name), with counts; only the subtree at
    /// <paramref name="underPath"/> when one is given.
    /// </summary>
    public Task<IReadOnlyList<UnitRow>> TreeAsync(bool includeInactive, CancellationToken ct = default, string? underPath = null) =>
        TreeAsync(Visible(underPath).Where(u => includeInactive || u.IsActive), null, ct);

    /// <summary>
    /// The active tree (or the subtree at <paramref name="underPath"/>) down to the deepest level that fits the page
    /// (<see cref="FilterUnits.DeepestShown"/>), with the number of units in all. The units below the last level listed
    /// are counted in the database, not read: a province's units page read all 24,000 to count them.
    /// </summary>
    public async Task<(IReadOnlyList<UnitRow> Shown, int Total)> UpperTreeAsync(string? underPath, CancellationToken ct = default, int mostShown = FilterUnits.MostShown)
    {
        var visible = Visible(underPath).Where(u => u.IsActive);
        var perLevel = await visible.GroupBy(u => u.Depth).Select(g => new { Depth = g.Key, Count = g.Count() }).ToListAsync(ct);
        var deepest = FilterUnits.DeepestShown(perLevel.Select(l => (l.Depth, l.Count)), mostShown);
        var below = perLevel.Any(l => l.Depth > deepest)
            ? await visible.Where(u => u.Depth == deepest)
                .Select(u => new
                {
                    u.Id,
                    Below = visible.Count(d => string.Compare(d.Path, u.Path) > 0 && string.Compare(d.Path, u.Path.Substring(0, u.Path.Length - 1) + "0") < 0),
                })
                .ToDictionaryAsync(x => x.Id, x => x.Below, ct)
            : null;
        return (await TreeAsync(visible.Where(u => u.Depth <= deepest), below, ct), perLevel.Sum(l => l.Count));
    }

    private IQueryable<Unit> Visible(string? underPath) => underPath is null ? db.Units.AsNoTracking() : db.Units.AsNoTracking().InSubtree(underPath, db.Scope);

    /// <param name="below">For units whose units below were not read, how many there are.</param>
    private async Task<IReadOnlyList<UnitRow>> TreeAsync(IQueryable<Unit> visible, Dictionary<long, int>? below, CancellationToken ct)
    {
        var units = await visible
            .Select(u => new { u.Id, u.ParentId, u.Name, u.Level, u.Kind, u.Depth, u.IsActive, u.Path, u.SortOrder })
            .ToListAsync(ct);
        var userCounts = await UserCountsAsync(ct);
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (long?)null);
        var rows = new List<UnitRow>(units.Count);

        // Each unit counts once for every listed unit on its path: a pass over the units, not one per unit (a province
        // holds 24,000 units, and comparing every pair took seconds).
        var descendants = new Dictionary<long, int>();
        foreach (var u in units)
        {
            foreach (var above in SubtreeFilter.Ids(u.Path).SkipLast(1).Where(ids.Contains))
            {
                descendants[above] = descendants.GetValueOrDefault(above) + 1;
            }

            // The unread units below it count for it and for every listed unit above it.
            if (below?.GetValueOrDefault(u.Id) is int unread and > 0)
            {
                foreach (var above in SubtreeFilter.Ids(u.Path).Where(ids.Contains))
                {
                    descendants[above] = descendants.GetValueOrDefault(above) + unread;
                }
            }
        }

        foreach (var u in TreeOrder.Sort(units, u => u.Id, u => u.Path, u => u.SortOrder, u => u.Name))
        {
            rows.Add(new UnitRow(u.Id, u.ParentId, u.Name, u.Level, u.Kind, u.Depth, u.IsActive, u.Path,
                children[u.Id].Count(), descendants.GetValueOrDefault(u.Id), userCounts.GetValueOrDefault(u.Id)));
        }

        return rows;
    }

    /// <summary>The active units in scope by kind, counted by the database (the start page's tiles).</summary>
    public async Task<IReadOnlyList<(UnitKind Kind, int Count)>> CountByKindAsync(CancellationToken ct = default) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive).GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(g => g.Key).Select(g => (g.Key, g.Count))];

    /// <summary>The kinds of the active units in scope other than <paramref name="except"/> (a notice's "按单位类型" choices), in the enum's order.</summary>
    public async Task<IReadOnlyList<UnitKind>> KindsBelowAsync(long? except, CancellationToken ct = default) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive && (except == null || u.Id != except)).Select(u => u.Kind).Distinct().ToListAsync(ct)).Order()];

    /// <summary>The flat, filtered and sorted list (search results, export, API).</summary>
    public IQueryable<UnitRow> Search(UnitFilter filter)
    {
        var query = db.Units.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(u => u.Name.Contains(q));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(u => u.Kind == kind);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(u => u.Level == level);
        }

        query = filter.Status switch
        {
            "all" => query,
            "inactive" => query.Where(u => !u.IsActive),
            _ => query.Where(u => u.IsActive),
        };

        query = (filter.Sort?.ToLowerInvariant(), filter.Desc) switch
        {
            ("level", false) => query.OrderBy(u => u.Level).ThenBy(u => u.Name),
            ("level", true) => query.OrderByDescending(u => u.Level).ThenBy(u => u.Name),
            ("kind", false) => query.OrderBy(u => u.Kind).ThenBy(u => u.Name),
            ("kind", true) => query.OrderByDescending(u => u.Kind).ThenBy(u => u.Name),
            ("name", true) => query.OrderByDescending(u => u.Name),
            _ => query.OrderBy(u => u.Name),
        };

        return query.Select(u => new UnitRow(u.Id, u.ParentId, u.Name, u.Level, u.Kind, u.Depth, u.IsActive, u.Path,
            db.Units.Count(c => c.ParentId == u.Id), 0, db.Users.Count(x => x.HomeUnitId == u.Id)));
    }

    public Task<Unit?> FindAsync(long id, CancellationToken ct = default) => db.FindInScopeAsync<Unit>(id, ct);

    /// <summary>The unit's ancestors that the user may see, root first.</summary>
    public async Task<IReadOnlyList<Unit>> AncestorsAsync(Unit unit, CancellationToken ct = default)
    {
        var ids = SubtreeFilter.Ids(unit.Path).Where(id => id != unit.Id).ToList();
        var ancestors = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return ancestors.OrderBy(u => u.Depth).ToList();
    }

    /// <summary>The units directly below a unit, in the tree's order (<see cref="TreeOrder"/>): sorted here, not by the database's collation, which differs between providers.</summary>
    public async Task<IReadOnlyList<Unit>> ChildrenAsync(long id, CancellationToken ct = default) =>
        TreeOrder.Sort(await db.Units.AsNoTracking().Where(u => u.ParentId == id).ToListAsync(ct), u => u.Id, u => u.Path, u => u.SortOrder, u => u.Name);

    private async Task<Dictionary<long, int>> UserCountsAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.HomeUnitId != null)
            .GroupBy(u => u.HomeUnitId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}

using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics;

/// <summary>
/// Indicator values for a subtree: monthly ones are sums of the subtree's own roll-up rows (<see cref="RollupSubtreeCell"/>,
/// read by unit and months), snapshot ones come from <see cref="SnapshotFigures"/>. Everything passes
/// the scope filter: a unit outside the scope is not found, exactly like an unknown one.
/// </summary>
public sealed class StatisticsQuery(GuangongDbContext db, TimeProvider clock, AssignmentsAsOf assignments)
{
    /// <summary>The unit asked for, or the scope's own unit; null when it is unknown or out of scope.</summary>
    public async Task<UnitRef?> UnitAsync(long? unitId, CancellationToken ct = default)
    {
        // Without a unit of their own (the administrator) the first top unit is the default.
        var id = unitId ?? db.Scope.UnitId ?? await db.Units.AsNoTracking().Where(u => u.ParentId == null)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level, u.Kind, u.ParentId)).SingleOrDefaultAsync(ct);
    }

    /// <summary>This year, or the latest year before it with any monthly figure in the unit's subtree: the demo and a
    /// January dashboard do not open on an empty year. The last entry of the unit's subtree rows up to then (no zeros are kept).</summary>
    public async Task<int> OpeningYearAsync(UnitRef unit, int thisYear, CancellationToken ct = default)
    {
        var latest = await db.RollupSubtreeCells.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.Period <= thisYear * 100 + 12).MaxAsync(c => (int?)c.Period, ct);
        return latest is { } period ? period / 100 : thisYear;
    }

    /// <summary>A unit's active children in the tree's order (<see cref="Organization.TreeOrder"/>, as the unit lists show them): their paths' ids sort as text.</summary>
    public async Task<List<UnitRef>> ChildrenAsync(UnitRef unit, CancellationToken ct = default)
    {
        var read = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id && u.IsActive)
            .Select(u => new { Ref = new UnitRef(u.Id, u.Name, u.Path, u.Level, u.Kind, u.ParentId), u.SortOrder }).ToListAsync(ct);
        return [.. Organization.TreeOrder.Sort(read, u => u.Ref.Id, u => u.Ref.Path, u => u.SortOrder, u => u.Ref.Name).Select(u => u.Ref)];
    }

    /// <summary>
    /// Every indicator for the subtree and span, with the per-child breakdown. The monthly ones come from the subtree rows
    /// of the unit and of its children (their sums over the span, by index: a few hundred rows whatever the subtree's
    /// size); the unit's own records are what its subtree holds beyond its active children's.
    /// </summary>
    public async Task<SubtreeFigures> FiguresAsync(UnitRef unit, MonthSpan span, CancellationToken ct = default)
    {
        var children = await ChildrenAsync(unit, ct);
        var ids = children.Select(c => c.Id).Append(unit.Id).ToList();
        var rows = await db.RollupSubtreeCells.AsNoTracking()
            .Where(c => ids.Contains(c.UnitId) && c.Period >= span.From && c.Period <= span.To)
            .GroupBy(c => new { c.UnitId, c.Indicator, c.Key })
            .Select(g => new { g.Key.UnitId, g.Key.Indicator, g.Key.Key, Value = g.Sum(c => c.Value) }).ToListAsync(ct);
        var byUnit = rows.ToLookup(r => r.UnitId);
        var total = new Figures();
        var ownMonthly = new Dictionary<(string, string), long>();
        foreach (var r in byUnit[unit.Id])
        {
            total.Add(r.Indicator, r.Key, r.Value);
            ownMonthly[(r.Indicator, r.Key)] = r.Value;
        }

        var perChild = children.Select(c => (Child: c, Figures: new Figures())).ToList();
        foreach (var (child, figures) in perChild)
        {
            foreach (var r in byUnit[child.Id])
            {
                figures.Add(r.Indicator, r.Key, r.Value);
                ownMonthly[(r.Indicator, r.Key)] = ownMonthly.GetValueOrDefault((r.Indicator, r.Key)) - r.Value;
            }
        }

        var own = new Figures();
        foreach (var ((indicator, key), value) in ownMonthly)
        {
            own.Add(indicator, key, value);
        }

        foreach (var (path, figures) in await new SnapshotFigures(db, clock, assignments).ByPathAsync(unit, children, span, ct))
        {
            total.AddAll(figures);
            var child = perChild.FirstOrDefault(c => path.StartsWith(c.Child.Path, StringComparison.Ordinal));
            (child.Figures ?? own).AddAll(figures);
        }

        return new SubtreeFigures(unit, span, total, own, perChild);
    }

    /// <summary>Monthly indicators of the subtree month by month (for the charts): the unit's own subtree rows.</summary>
    public async Task<Dictionary<int, Figures>> ByMonthAsync(UnitRef unit, MonthSpan span, CancellationToken ct = default)
    {
        var rows = await db.RollupSubtreeCells.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.Period >= span.From && c.Period <= span.To)
            .Select(c => new { c.Period, c.Indicator, c.Key, c.Value }).ToListAsync(ct);
        var result = new Dictionary<int, Figures>();
        foreach (var row in rows)
        {
            if (!result.TryGetValue(row.Period, out var figures))
            {
                result[row.Period] = figures = new Figures();
            }

            figures.Add(row.Indicator, row.Key, row.Value);
        }

        return result;
    }
}

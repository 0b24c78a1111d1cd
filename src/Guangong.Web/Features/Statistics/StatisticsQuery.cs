using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics;

/// <summary>
/// Indicator values for a subtree: monthly ones are sums of roll-up cells over the subtree's path range
/// (one indexed comparison), snapshot ones come from <see cref="SnapshotFigures"/>. Everything passes
/// the scope filter: a unit outside the scope is not found, exactly like an unknown one.
/// </summary>
public sealed class StatisticsQuery(GuangongDbContext db, TimeProvider clock)
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
    /// January dashboard do not open on an empty year.</summary>
    public async Task<int> OpeningYearAsync(UnitRef unit, int thisYear, CancellationToken ct = default)
    {
        var latest = await db.RollupCells.AsNoTracking().InSubtree(unit.Path)
            .Where(c => c.Period <= thisYear * 100 + 12 && c.Value != 0).MaxAsync(c => (int?)c.Period, ct);
        return latest is { } period ? period / 100 : thisYear;
    }

    public Task<List<UnitRef>> ChildrenAsync(UnitRef unit, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id && u.IsActive).OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level, u.Kind, u.ParentId)).ToListAsync(ct);

    /// <summary>Every indicator for the subtree and span, with the per-child breakdown.</summary>
    public async Task<SubtreeFigures> FiguresAsync(UnitRef unit, MonthSpan span, CancellationToken ct = default)
    {
        var children = await ChildrenAsync(unit, ct);
        var byPath = await MonthlyByPathAsync(unit.Path, span, ct);
        var snapshot = await new SnapshotFigures(db, clock).ByPathAsync(unit, span, ct);
        foreach (var (path, figures) in snapshot)
        {
            if (!byPath.TryGetValue(path, out var into))
            {
                byPath[path] = into = new Figures();
            }

            into.AddAll(figures);
        }

        var total = new Figures();
        var own = new Figures();
        var perChild = children.Select(c => (Child: c, Figures: new Figures())).ToList();
        foreach (var (path, figures) in byPath)
        {
            total.AddAll(figures);
            var child = perChild.FirstOrDefault(c => path.StartsWith(c.Child.Path, StringComparison.Ordinal));
            (child.Figures ?? own).AddAll(figures);
        }

        return new SubtreeFigures(unit, span, total, own, perChild);
    }

    /// <summary>Monthly indicators summed per recording unit's path.</summary>
    public async Task<Dictionary<string, Figures>> MonthlyByPathAsync(string path, MonthSpan span, CancellationToken ct)
    {
        var rows = await db.RollupCells.AsNoTracking().InSubtree(path)
            .Where(c => c.Period >= span.From && c.Period <= span.To)
            .GroupBy(c => new { c.UnitPath, c.Indicator, c.Key })
            .Select(g => new { g.Key.UnitPath, g.Key.Indicator, g.Key.Key, Value = g.Sum(c => c.Value) }).ToListAsync(ct);
        var result = new Dictionary<string, Figures>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!result.TryGetValue(row.UnitPath, out var figures))
            {
                result[row.UnitPath] = figures = new Figures();
            }

            figures.Add(row.Indicator, row.Key, row.Value);
        }

        return result;
    }

    /// <summary>Monthly indicators of the subtree month by month (for the charts).</summary>
    public async Task<Dictionary<int, Figures>> ByMonthAsync(UnitRef unit, MonthSpan span, CancellationToken ct = default)
    {
        var rows = await db.RollupCells.AsNoTracking().InSubtree(unit.Path)
            .Where(c => c.Period >= span.From && c.Period <= span.To)
            .GroupBy(c => new { c.Period, c.Indicator, c.Key })
            .Select(g => new { g.Key.Period, g.Key.Indicator, g.Key.Key, Value = g.Sum(c => c.Value) }).ToListAsync(ct);
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

using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// Rebuilds every roll-up cell from the records, then the subtree sums from the cells (<c>-- statistics rebuild</c>, and at start-up when the
/// table is empty but records exist, e.g. after the upgrade that introduced it). Runs with a widened scope.
/// </summary>
public sealed class RollupRebuild(GuangongDbContext db)
{
    public async Task<bool> IfMissingAsync(CancellationToken ct = default)
    {
        // Records of any kind the cells count: a town may have a roster and no activity yet.
        if (await db.RollupCells.AnyAsync(ct) || !(await db.Activities.AnyAsync(ct) || await db.VolunteerStatusChanges.AnyAsync(ct)))
        {
            // The subtree rows came later than the cells: a database with the one and not the other sums them once.
            if (await db.RollupCells.AnyAsync(ct) && !await db.RollupSubtreeCells.AnyAsync(ct))
            {
                await RollupSubtreeCell.RebuildAsync(db, null, ct);
                return true;
            }

            return false;
        }

        await RunAsync(ct);
        return true;
    }

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        await db.RollupCells.ExecuteDeleteAsync(ct);
        var count = 0;
        foreach (var family in RollupFamilies.All)
        {
            foreach (var (unit, path, period) in await MonthsAsync(family, ct))
            {
                // The table was emptied above: the cells are plain inserts, sent in batches with the save below.
                var values = await family.Compute(db, unit, new MonthRange(period), ct);
                db.RollupCells.AddRange(RollupFollower.Wanted(values)
                    .Select(v => new RollupCell { UnitId = unit, UnitPath = path, Indicator = v.Key.Indicator, Key = v.Key.Key, Period = period, Value = v.Value }));
                count++;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await RollupSubtreeCell.RebuildAsync(db, null, ct);
        return count;
    }

    /// <summary>Every (unit, month) in which the family has records.</summary>
    private Task<HashSet<(long, string, int)>> MonthsAsync(RollupFamily family, CancellationToken ct) =>
        (Task<HashSet<(long, string, int)>>)GetType().GetMethod(nameof(MonthsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(family.Entity).Invoke(this, [family.DateProperty, ct])!;

    private async Task<HashSet<(long, string, int)>> MonthsOfAsync<T>(string dateProperty, CancellationToken ct)
        where T : class
    {
        var query = db.Set<T>().AsNoTracking();
        var dated = typeof(T).GetProperty(dateProperty)!.PropertyType == typeof(DateOnly)
            ? (await query.Select(e => new { UnitId = EF.Property<long>(e, "UnitId"), UnitPath = EF.Property<string>(e, "UnitPath"), Date = EF.Property<DateOnly>(e, dateProperty) }).Distinct().ToListAsync(ct))
                .Select(r => (r.UnitId, r.UnitPath, RollupFamily.PeriodOf(r.Date)))
            : (await query.Select(e => new { UnitId = EF.Property<long>(e, "UnitId"), UnitPath = EF.Property<string>(e, "UnitPath"), Date = EF.Property<DateTime>(e, dateProperty) }).ToListAsync(ct))
                .Select(r => (r.UnitId, r.UnitPath, RollupFamily.PeriodOf(r.Date)));
        return [.. dated.Where(r => r.Item3 is not null).Select(r => (r.UnitId, r.UnitPath, r.Item3!.Value))];
    }
}

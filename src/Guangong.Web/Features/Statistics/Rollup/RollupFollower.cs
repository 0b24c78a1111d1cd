using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// Keeps the roll-up cells with the writes: before a save it notes the (unit, month, family) of each
/// counted record added, changed or deleted (old and new unit and date); after it, inside the save's
/// transaction, it recomputes only those cells from the records of that one unit and month.
/// </summary>
public sealed class RollupFollower : ISaveFollower
{
    public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
    {
        HashSet<(RollupFamily Family, long UnitId, string UnitPath, int Period)>? touched = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || RollupFamilies.For(entry.Metadata.ClrType) is not { } family)
            {
                continue;
            }

            foreach (var (unit, path, period) in family.Touched(entry))
            {
                (touched ??= []).Add((family, unit, path, period));
            }
        }

        return touched is null ? null : (db, ct) => RecomputeAsync(db, touched, ct);
    }

    private static async Task RecomputeAsync(GuangongDbContext db, IEnumerable<(RollupFamily Family, long UnitId, string UnitPath, int Period)> touched, CancellationToken ct)
    {
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        foreach (var (family, unit, path, period) in touched)
        {
            var values = await family.Compute(db, unit, new MonthRange(period), ct);
            await StoreAsync(db, family, unit, path, period, values, ct);
        }
    }

    /// <summary>Replaces the family's cells of one unit and month with the computed values (zeros are not kept).</summary>
    internal static async Task StoreAsync(GuangongDbContext db, RollupFamily family, long unit, string path, int period, List<CellValue> values, CancellationToken ct)
    {
        var cells = await db.RollupCells
            .Where(c => c.UnitId == unit && c.Period == period && family.Indicators.Contains(c.Indicator)).ToListAsync(ct);
        var wanted = values.Where(v => v.Value != 0).GroupBy(v => (v.Indicator, v.Key)).ToDictionary(g => g.Key, g => g.Sum(v => v.Value));
        foreach (var cell in cells)
        {
            if (wanted.Remove((cell.Indicator, cell.Key), out var value))
            {
                cell.Value = value;
                cell.UnitPath = path;
            }
            else
            {
                db.RollupCells.Remove(cell);
            }
        }

        foreach (var ((indicator, key), value) in wanted)
        {
            db.RollupCells.Add(new RollupCell { UnitId = unit, UnitPath = path, Indicator = indicator, Key = key, Period = period, Value = value });
        }
    }
}

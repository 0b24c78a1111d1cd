using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Infrastructure.Commands;
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
        var moved = new List<(string UnitPath, int Period)>();
        foreach (var (family, unit, path, period) in touched)
        {
            var values = await family.Compute(db, unit, new MonthRange(period), ct);
            if (await StoreAsync(db, family, unit, path, period, values, ct))
            {
                moved.Add((path, period));
            }
        }

        // A month whose figures were closed (and perhaps reported up) keeps them until a unit above reopens it.
        // Only a change of a figure is refused: a corrected name or note of a record in that month is not.
        if (moved.Count > 0 && await ClosedPeriods.RefusalAsync(db, moved, ct) is { } refusal)
        {
            throw new WriteRefusedException(refusal);
        }
    }

    /// <summary>Replaces the family's cells of one unit and month with the computed values (zeros are not kept); whether any value changed.</summary>
    internal static async Task<bool> StoreAsync(GuangongDbContext db, RollupFamily family, long unit, string path, int period, List<CellValue> values, CancellationToken ct)
    {
        var cells = await db.RollupCells
            .Where(c => c.UnitId == unit && c.Period == period && family.Indicators.Contains(c.Indicator)).ToListAsync(ct);
        var wanted = values.Where(v => v.Value != 0).GroupBy(v => (v.Indicator, v.Key)).ToDictionary(g => g.Key, g => g.Sum(v => v.Value));
        var changed = false;
        foreach (var cell in cells)
        {
            if (wanted.Remove((cell.Indicator, cell.Key), out var value))
            {
                changed |= cell.Value != value;
                cell.Value = value;
                cell.UnitPath = path;
            }
            else
            {
                changed = true;
                db.RollupCells.Remove(cell);
            }
        }

        foreach (var ((indicator, key), value) in wanted)
        {
            changed = true;
            db.RollupCells.Add(new RollupCell { UnitId = unit, UnitPath = path, Indicator = indicator, Key = key, Period = period, Value = value });
        }

        return changed;
    }
}

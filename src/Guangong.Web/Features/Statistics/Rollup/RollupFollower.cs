using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// Keeps the roll-up cells with the writes: before a save it notes the (unit, month, family) of each
/// counted record added, changed or deleted (old and new unit and date), and the records whose change
/// re-keys others (an outlet's level); after it, inside the save's transaction, it recomputes only those
/// cells from the records of that one unit and month.
/// </summary>
public sealed class RollupFollower : ISaveFollower
{
    public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
    {
        HashSet<(RollupFamily Family, long UnitId, string UnitPath, int Period)>? touched = null;
        List<(RollupDependency Dependency, long Id)>? dependents = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (RollupFamilies.For(entry.Metadata.ClrType) is { } family)
            {
                foreach (var (unit, path, period) in family.Touched(entry))
                {
                    (touched ??= []).Add((family, unit, path, period));
                }
            }

            foreach (var dependency in RollupFamilies.Dependencies.Where(d => d.Entity == entry.Metadata.ClrType && entry.State == EntityState.Modified))
            {
                var property = entry.Property(dependency.Property);
                if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                {
                    (dependents ??= []).Add((dependency, (long)entry.Property("Id").CurrentValue!));
                }
            }
        }

        foreach (var (type, entity) in tracker.AddedUntracked())
        {
            if (RollupFamilies.For(type.ClrType) is { } family && family.TouchedBy(type, entity) is { } cell)
            {
                (touched ??= []).Add((family, cell.UnitId, cell.UnitPath, cell.Period));
            }
        }

        return touched is null && dependents is null ? null : (db, ct) => RecomputeAsync(db, touched ?? [], dependents ?? [], ct);
    }

    private static async Task RecomputeAsync(GuangongDbContext db, HashSet<(RollupFamily Family, long UnitId, string UnitPath, int Period)> touched, List<(RollupDependency Dependency, long Id)> dependents, CancellationToken ct)
    {
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        foreach (var group in dependents.GroupBy(d => d.Dependency))
        {
            foreach (var (unit, path, period) in await group.Key.Touched(db, [.. group.Select(d => d.Id)], ct))
            {
                touched.Add((group.Key.Family, unit, path, period));
            }
        }

        // Always in the same order, so two saves touching the same cells wait for each other instead of deadlocking.
        var moved = new List<(string UnitPath, int Period)>();
        var deltas = new Dictionary<(long, string, int, string, string), long>();
        foreach (var (family, unit, path, period) in touched.OrderBy(t => t.UnitId).ThenBy(t => t.Period).ThenBy(t => t.Family.Indicators[0], StringComparer.Ordinal))
        {
            await LockAsync(db, family, unit, path, period, ct);
            var values = await family.Compute(db, unit, new MonthRange(period), ct);
            if (await StoreAsync(db, family, unit, path, period, values, deltas, ct))
            {
                moved.Add((path, period));
            }
        }

        // The subtree rows last, after every cell of this save is held: they are shared by all the saves below a unit.
        await RollupSubtreeCell.ApplyAsync(db, deltas, ct);

        // A month whose figures were closed (and perhaps reported up) keeps them until a unit above reopens it.
        // Only a change of a figure is refused: a corrected name or note of a record in that month is not.
        if (moved.Count > 0 && await ClosedPeriods.RefusalAsync(db, moved, ct) is { } refusal)
        {
            throw new WriteRefusedException(refusal);
        }
    }

    /// <summary>
    /// Takes the family's cells of one unit and month for this transaction before counting: an upsert of the
    /// family's first cell (created at zero when missing) holds its row until the save commits. A second save of
    /// the same unit and month waits here, then counts with the first one's records committed, so neither a
    /// first write of the same new cell collides on the unique index nor an older count overwrites a newer one.
    /// </summary>
    private static Task LockAsync(GuangongDbContext db, RollupFamily family, long unit, string path, int period, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "RollupCells" ("UnitId", "UnitPath", "Indicator", "Key", "Period", "Value") VALUES ({unit}, {path}, {family.Indicators[0]}, '', {period}, {0L})
            ON CONFLICT ("UnitId", "Period", "Indicator", "Key") DO UPDATE SET "Value" = "RollupCells"."Value"
            """, ct);

    /// <summary>
    /// Replaces the family's cells of one unit and month with the computed values, written at once as upserts
    /// and deletes (zeros are not kept), noting what that adds to the subtree rows above in <paramref name="deltas"/>;
    /// whether any value changed.
    /// </summary>
    internal static async Task<bool> StoreAsync(GuangongDbContext db, RollupFamily family, long unit, string path, int period, List<CellValue> values, Dictionary<(long, string, int, string, string), long> deltas, CancellationToken ct)
    {
        var cells = await db.RollupCells.AsNoTracking()
            .Where(c => c.UnitId == unit && c.Period == period && family.Indicators.Contains(c.Indicator))
            .Select(c => new { c.Id, c.Indicator, c.Key, c.Value, c.UnitPath }).ToListAsync(ct);
        var wanted = Wanted(values);
        foreach (var cell in cells)
        {
            RollupSubtreeCell.AddAlongPath(deltas, cell.UnitPath, period, cell.Indicator, cell.Key, -cell.Value);
        }

        foreach (var ((indicator, key), value) in wanted)
        {
            RollupSubtreeCell.AddAlongPath(deltas, path, period, indicator, key, value);
        }

        var changed = wanted.Keys.Any(k => !cells.Any(c => c.Indicator == k.Indicator && c.Key == k.Key));
        var stale = new List<long>();
        foreach (var cell in cells)
        {
            if (!wanted.TryGetValue((cell.Indicator, cell.Key), out var value))
            {
                // The lock's own zero cell is no figure: removing it changes nothing.
                changed |= cell.Value != 0;
                stale.Add(cell.Id);
            }
            else if (cell.Value == value && cell.UnitPath == path)
            {
                wanted.Remove((cell.Indicator, cell.Key));
            }
            else
            {
                changed |= cell.Value != value;
            }
        }

        if (stale.Count > 0)
        {
            await db.RollupCells.Where(c => stale.Contains(c.Id)).ExecuteDeleteAsync(ct);
        }

        foreach (var ((indicator, key), value) in wanted)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "RollupCells" ("UnitId", "UnitPath", "Indicator", "Key", "Period", "Value") VALUES ({unit}, {path}, {indicator}, {key}, {period}, {value})
                ON CONFLICT ("UnitId", "Period", "Indicator", "Key") DO UPDATE SET "Value" = excluded."Value", "UnitPath" = excluded."UnitPath"
                """, ct);
        }

        return changed;
    }

    /// <summary>The cells a unit's month should have: values summed by (indicator, key), zeros left out.</summary>
    internal static Dictionary<(string Indicator, string Key), long> Wanted(List<CellValue> values) =>
        values.GroupBy(v => (v.Indicator, v.Key)).Select(g => (g.Key, Value: g.Sum(v => v.Value))).Where(g => g.Value != 0).ToDictionary(g => g.Key, g => g.Value);
}

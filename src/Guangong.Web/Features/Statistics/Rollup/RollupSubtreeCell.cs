using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// One monthly indicator figure of a unit's whole SUBTREE (its own cells and every unit's below it): the sum of the
/// <see cref="RollupCell"/>s in its path range, kept per unit so a district or province reads its dashboard from its
/// own rows and its children's (a few hundred, by index) instead of grouping every cell below it on each view
/// (issue 18.3). <see cref="UnitPath"/> is the subtree unit's own path, so the scope filter shows a viewer its own
/// subtree's rows and those below, never a unit's above it. Kept in the save's transaction by <see cref="RollupFollower"/>
/// (each changed cell's difference added to the rows of the units on its path), by <see cref="RollupRebuild"/>, the
/// generator and after a unit moved (<see cref="RollupSubtreeAfterMove"/>). Zeros are not kept.
/// </summary>
public class RollupSubtreeCell : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>Year × 100 + month.</summary>
    public int Period { get; set; }

    public long Value { get; set; }

    /// <summary>Recomputes the subtree rows of the given units (all units when null): <see cref="SubtreeSums.RebuildAsync"/>.</summary>
    public static Task<int> RebuildAsync(GuangongDbContext db, IReadOnlyCollection<long>? units, CancellationToken ct = default) =>
        SubtreeSums.Rollup.RebuildAsync(db, units, ct);

    /// <summary>
    /// Adds the differences of changed cells to the subtree rows of every unit on their paths, as upserts in one fixed
    /// order (unit, month, indicator, key), so two saves that share a district's row wait for each other instead of
    /// deadlocking; then drops the rows that came to zero.
    /// </summary>
    internal static async Task ApplyAsync(GuangongDbContext db, Dictionary<(long UnitId, string UnitPath, int Period, string Indicator, string Key), long> deltas, CancellationToken ct)
    {
        var moved = deltas.Where(d => d.Value != 0).OrderBy(d => d.Key.UnitId).ThenBy(d => d.Key.Period)
            .ThenBy(d => d.Key.Indicator, StringComparer.Ordinal).ThenBy(d => d.Key.Key, StringComparer.Ordinal)
            .Select(d => (d.Key.UnitId, d.Key.UnitPath, new object[] { d.Key.Period, d.Key.Indicator, d.Key.Key }, d.Value)).ToList();
        await SubtreeSums.Rollup.ApplyAsync(db, moved, ct);
    }

    /// <summary>Adds a cell's value (negative to take it away) to the rows of every unit on its path, the unit itself included.</summary>
    internal static void AddAlongPath(Dictionary<(long, string, int, string, string), long> deltas, string path, int period, string indicator, string key, long value)
    {
        if (value == 0)
        {
            return;
        }

        foreach (var (unit, unitPath) in SubtreeFilter.Ancestry(path))
        {
            var at = (unit, unitPath, period, indicator, key);
            deltas[at] = deltas.GetValueOrDefault(at) + value;
        }
    }
}

public sealed class RollupSubtreeCellConfiguration : IEntityTypeConfiguration<RollupSubtreeCell>
{
    public void Configure(EntityTypeBuilder<RollupSubtreeCell> builder)
    {
        builder.ToTable("RollupSubtreeCells");
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(c => c.Indicator).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Key).HasMaxLength(60).IsRequired();

        // A subtree's months: its rows (and its children's) by unit and a range of months, read from the index alone on
        // PostgreSQL (the value, and the path the scope filter checks, carried in it); the latest month with data is the
        // last entry of the unit's range. SQLite has no included columns and reads the rows.
        builder.HasIndex(c => new { c.UnitId, c.Period, c.Indicator, c.Key }).IsUnique().IncludeProperties(c => new { c.Value, c.UnitPath });
        builder.HasIndex(c => c.UnitPath);
    }
}

/// <summary>
/// After a unit moved, the subtree rows of the units it left and of those it joined are summed again from the cells
/// (the rows of the moved units themselves still hold the same cells, their paths already rewritten).
/// </summary>
public sealed class RollupSubtreeAfterMove : Organization.IUnitMoveFollower
{
    public async Task MovedAsync(GuangongDbContext db, string oldPath, string newPath, CancellationToken ct = default)
    {
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        await RollupSubtreeCell.RebuildAsync(db, SubtreeFilter.AboveChangedByMove(oldPath, newPath), ct);
    }
}

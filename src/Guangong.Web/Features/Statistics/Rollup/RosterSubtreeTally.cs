using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// A unit's whole SUBTREE roster by one breakdown: the sum of the <see cref="RosterTally"/> rows in its path range, kept
/// per unit so the dashboard reads a district's roster from its own rows and its children's (a few hundred, by index)
/// instead of grouping every unit's tally below it on each view (issue 18). <see cref="UnitPath"/> is the subtree unit's
/// own path, so the scope filter shows a viewer its own subtree's rows and those below, never a unit's above it. Kept in
/// the save's transaction by <see cref="RosterTallyFollower"/> (each unit's change added to the rows of the units on its
/// path), rebuilt with the tally (<c>-- statistics rebuild</c>, the generator, at start when missing) and after a unit
/// moved. Zeros are not kept.
/// </summary>
public class RosterSubtreeTally : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>As <see cref="RosterTally.Dimension"/>.</summary>
    public string Dimension { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public int Count { get; set; }

    /// <summary>Recomputes the subtree rows of the given units (all units when null): <see cref="SubtreeSums.RebuildAsync"/>.</summary>
    public static Task<int> RebuildAsync(GuangongDbContext db, IReadOnlyCollection<long>? units, CancellationToken ct = default) =>
        SubtreeSums.Roster.RebuildAsync(db, units, ct);

    /// <summary>
    /// Adds the differences of units' tallies to the subtree rows of every unit on their paths, as upserts in one fixed
    /// order (unit, dimension, key), so two saves that share a district's row wait for each other instead of
    /// deadlocking; then drops the rows that came to zero.
    /// </summary>
    internal static async Task ApplyAsync(GuangongDbContext db, Dictionary<(long UnitId, string UnitPath, string Dimension, string Key), long> deltas, CancellationToken ct)
    {
        var moved = deltas.Where(d => d.Value != 0).OrderBy(d => d.Key.UnitId)
            .ThenBy(d => d.Key.Dimension, StringComparer.Ordinal).ThenBy(d => d.Key.Key, StringComparer.Ordinal)
            .Select(d => (d.Key.UnitId, d.Key.UnitPath, new object[] { d.Key.Dimension, d.Key.Key }, d.Value)).ToList();
        await SubtreeSums.Roster.ApplyAsync(db, moved, ct);
    }

    /// <summary>Adds one unit's change of a tally row to the rows of every unit on its path, the unit itself included.</summary>
    internal static void AddAlongPath(Dictionary<(long, string, string, string), long> deltas, string path, string dimension, string key, long value)
    {
        if (value == 0)
        {
            return;
        }

        foreach (var (unit, unitPath) in SubtreeFilter.Ancestry(path))
        {
            var at = (unit, unitPath, dimension, key);
            deltas[at] = deltas.GetValueOrDefault(at) + value;
        }
    }
}

public sealed class RosterSubtreeTallyConfiguration : IEntityTypeConfiguration<RosterSubtreeTally>
{
    public void Configure(EntityTypeBuilder<RosterSubtreeTally> builder)
    {
        builder.ToTable("RosterSubtreeTallies");
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(t => t.Dimension).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Key).HasMaxLength(20).IsRequired();

        // A unit's and its children's rows by unit, read from the index alone on PostgreSQL (the count, and the path the
        // scope filter checks, carried in it).
        builder.HasIndex(t => new { t.UnitId, t.Dimension, t.Key }).IsUnique().IncludeProperties(t => new { t.Count, t.UnitPath });
        builder.HasIndex(t => t.UnitPath);
    }
}

/// <summary>
/// After a unit moved, the subtree rows of the units it left and of those it joined are summed again from the tallies
/// (the rows of the moved units themselves still hold the same tallies, their paths already rewritten).
/// </summary>
public sealed class RosterSubtreeAfterMove : Organization.IUnitMoveFollower
{
    public async Task MovedAsync(GuangongDbContext db, string oldPath, string newPath, CancellationToken ct = default)
    {
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        await RosterSubtreeTally.RebuildAsync(db, SubtreeFilter.AboveChangedByMove(oldPath, newPath), ct);
    }
}

using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// A unit's whole SUBTREE of plan assignments by year, deadline and done: the sum of the <see cref="TaskTally"/> rows in its
/// path range, kept per unit so a province's dashboard reads its tasks from its own rows and its children's (a few hundred,
/// by index). <see cref="UnitPath"/> is the subtree unit's own path, so the scope filter shows a viewer its own subtree's
/// rows and those below, never a unit's above it. Kept in the save's transaction by <see cref="TaskTallyFollower"/>, rebuilt
/// with the tally and after a unit moved (<see cref="TaskSubtreeAfterMove"/>). Zeros are not kept.
/// </summary>
public class TaskSubtreeTally : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    /// <summary>As <see cref="TaskTally.DueDate"/>.</summary>
    public DateOnly DueDate { get; set; }

    public bool Done { get; set; }

    public int Count { get; set; }

    /// <summary>Recomputes the subtree rows of the given units (all units when null): <see cref="SubtreeSums.RebuildAsync"/>.</summary>
    public static Task<int> RebuildAsync(GuangongDbContext db, IReadOnlyCollection<long>? units, CancellationToken ct = default) =>
        SubtreeSums.Tasks.RebuildAsync(db, units, ct);

    /// <summary>
    /// Adds the differences of units' tallies to the subtree rows of every unit on their paths, as upserts in one fixed order,
    /// so two saves that share a district's row wait for each other instead of deadlocking; then drops the rows that came to zero.
    /// </summary>
    internal static async Task ApplyAsync(GuangongDbContext db, Dictionary<(long UnitId, string UnitPath, int Year, DateOnly DueDate, bool Done), long> deltas, CancellationToken ct)
    {
        var moved = deltas.Where(d => d.Value != 0).OrderBy(d => d.Key.UnitId).ThenBy(d => d.Key.Year).ThenBy(d => d.Key.DueDate).ThenBy(d => d.Key.Done)
            .Select(d => (d.Key.UnitId, d.Key.UnitPath, new object[] { d.Key.Year, d.Key.DueDate, d.Key.Done }, d.Value)).ToList();
        await SubtreeSums.Tasks.ApplyAsync(db, moved, ct);
    }

    /// <summary>Adds one unit's change of a tally row to the rows of every unit on its path, the unit itself included.</summary>
    internal static void AddAlongPath(Dictionary<(long, string, int, DateOnly, bool), long> deltas, string path, int year, DateOnly due, bool done, long value)
    {
        if (value == 0)
        {
            return;
        }

        foreach (var (unit, unitPath) in SubtreeFilter.Ancestry(path))
        {
            var at = (unit, unitPath, year, due, done);
            deltas[at] = deltas.GetValueOrDefault(at) + value;
        }
    }
}

public sealed class TaskSubtreeTallyConfiguration : IEntityTypeConfiguration<TaskSubtreeTally>
{
    public void Configure(EntityTypeBuilder<TaskSubtreeTally> builder)
    {
        builder.ToTable("TaskSubtreeTallies");
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();

        // A unit's and its children's rows of a year by unit, from the index alone on PostgreSQL.
        builder.HasIndex(t => new { t.UnitId, t.Year, t.DueDate, t.Done }).IsUnique().IncludeProperties(t => new { t.Count, t.UnitPath });
        builder.HasIndex(t => t.UnitPath);
    }
}

/// <summary>After a unit moved, the subtree rows of the units it left and of those it joined are summed again from the tallies.</summary>
public sealed class TaskSubtreeAfterMove : Organization.IUnitMoveFollower
{
    public async Task MovedAsync(GuangongDbContext db, string oldPath, string newPath, CancellationToken ct = default)
    {
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        await TaskSubtreeTally.RebuildAsync(db, SubtreeFilter.AboveChangedByMove(oldPath, newPath), ct);
    }
}

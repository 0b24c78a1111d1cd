using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// How many of one unit's OWN applicable plan assignments a plan year holds now, by deadline and whether they are done
/// (100 %): what the task indicators and the plan progress of a district's, a city's or a province's dashboard count,
/// read from a few rows per unit (summed per subtree in <see cref="TaskSubtreeTally"/>) instead of the 160,000
/// assignments of a province (issue 18). A day before a later progress report is counted from the assignments with a
/// report after it, one by one. Kept with every save of an assignment by <see cref="TaskTallyFollower"/>; rebuilt by
/// <c>-- statistics rebuild</c>, the generator and at start when missing. Zeros are not kept.
/// </summary>
public class TaskTally : IUnitOwned, IDerived
{
    /// <summary>The <see cref="DueDate"/> of the assignments without a deadline (a key column cannot be null on both providers alike).</summary>
    public static readonly DateOnly NoDeadline = DateOnly.MaxValue;

    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>The plan's year.</summary>
    public int Year { get; set; }

    /// <summary>The assignment's deadline, or <see cref="NoDeadline"/>.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>Reported at 100 % (by the latest report).</summary>
    public bool Done { get; set; }

    public int Count { get; set; }

    /// <summary>The tally rows of the given units (all units when null), counted from their assignments now; system scope or the upkeep door.</summary>
    public static async Task<List<TaskTally>> CountAsync(GuangongDbContext db, IReadOnlyCollection<long>? units, CancellationToken ct)
    {
        var assignments = db.TaskAssignments.AsNoTracking().Where(a => !a.NotApplicable);
        if (units is not null)
        {
            assignments = assignments.Where(a => units.Contains(a.UnitId));
        }

        var groups = await assignments.Join(db.WorkPlans, a => a.PlanId, p => p.Id, (a, p) => new { a.UnitId, a.UnitPath, p.Year, a.DueDate, Done = a.Percent >= 100 })
            .GroupBy(a => new { a.UnitId, a.UnitPath, a.Year, a.DueDate, a.Done })
            .Select(g => new { g.Key.UnitId, g.Key.UnitPath, g.Key.Year, g.Key.DueDate, g.Key.Done, Count = g.Count() }).ToListAsync(ct);
        return [.. groups.Select(g => new TaskTally { UnitId = g.UnitId, UnitPath = g.UnitPath, Year = g.Year, DueDate = g.DueDate ?? NoDeadline, Done = g.Done, Count = g.Count })];
    }

    /// <summary>Recounts every unit's tally and sums the subtree rows again; system scope.</summary>
    public static async Task<int> RebuildAsync(GuangongDbContext db, CancellationToken ct = default)
    {
        await db.TaskTallies.ExecuteDeleteAsync(ct);
        var rows = await CountAsync(db, null, ct);
        db.TaskTallies.AddRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await TaskSubtreeTally.RebuildAsync(db, null, ct);
        return rows.Count;
    }

    /// <summary>Rebuilds when applicable assignments exist but no tally does (a database from before the table).</summary>
    public static async Task<bool> RebuildIfMissingAsync(GuangongDbContext db, CancellationToken ct = default)
    {
        if (await db.TaskTallies.AnyAsync(ct) || !await db.TaskAssignments.AnyAsync(a => !a.NotApplicable, ct))
        {
            return false;
        }

        await RebuildAsync(db, ct);
        return true;
    }
}

public sealed class TaskTallyConfiguration : IEntityTypeConfiguration<TaskTally>
{
    public void Configure(EntityTypeBuilder<TaskTally> builder)
    {
        builder.ToTable("TaskTallies");
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(t => new { t.UnitId, t.Year, t.DueDate, t.Done }).IsUnique();
        builder.HasIndex(t => t.UnitPath);
    }
}

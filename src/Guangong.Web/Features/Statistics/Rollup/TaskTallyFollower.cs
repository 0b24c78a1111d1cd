using Guangong.Web.Features.Plans;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// Keeps <see cref="TaskTally"/> with the plans: before a save it notes the unit (old and new) of every assignment added,
/// deleted or changed in what the tally counts, and the plans whose year changed; after it, inside the save's transaction,
/// it recounts those units' assignments (a unit's dozens, by the (TaskId, UnitId) index's unit) and adds the differences
/// to the subtree rows on their paths.
/// </summary>
public sealed class TaskTallyFollower : ISaveFollower
{
    private static readonly string[] Counted =
    [
        nameof(TaskAssignment.Percent), nameof(TaskAssignment.DueDate), nameof(TaskAssignment.NotApplicable),
        nameof(TaskAssignment.PlanId), nameof(TaskAssignment.UnitId), nameof(TaskAssignment.UnitPath),
    ];

    public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
    {
        HashSet<(long Unit, string Path)>? units = null;
        foreach (var entry in tracker.Entries<TaskAssignment>())
        {
            if (entry.State == EntityState.Modified && !Counted.Any(p => entry.Property(p).IsModified))
            {
                continue;
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                (units ??= []).Add((entry.Entity.UnitId, entry.Entity.UnitPath));
            }

            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                (units ??= []).Add(((long)entry.OriginalValues[nameof(TaskAssignment.UnitId)]!, (string)entry.OriginalValues[nameof(TaskAssignment.UnitPath)]!));
            }
        }

        foreach (var assignment in tracker.AddedUntracked<TaskAssignment>())
        {
            (units ??= []).Add((assignment.UnitId, assignment.UnitPath));
        }

        var plans = tracker.Entries<WorkPlan>().Where(e => e.State == EntityState.Modified && e.Property(nameof(WorkPlan.Year)).IsModified)
            .Select(e => e.Entity.Id).ToList();
        return units is null && plans.Count == 0 ? null : (db, ct) => RecountAsync(db, units ?? [], plans, ct);
    }

    private static async Task RecountAsync(GuangongDbContext db, HashSet<(long Unit, string Path)> units, List<long> plans, CancellationToken ct)
    {
        // An assignment lies in a unit below the writer's, and a village's progress counts for its town's plan.
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        if (plans.Count > 0)
        {
            units.UnionWith((await db.TaskAssignments.AsNoTracking().Where(a => plans.Contains(a.PlanId)).Select(a => new { a.UnitId, a.UnitPath }).Distinct().ToListAsync(ct))
                .Select(a => (a.UnitId, a.UnitPath)));
        }

        var deltas = new Dictionary<(long, string, int, DateOnly, bool), long>();
        foreach (var (unit, path) in units.OrderBy(u => u.Unit).ThenBy(u => u.Path, StringComparer.Ordinal))
        {
            // Hold the unit's tally before counting (the upsert keeps its row locked until the save commits), so a second
            // save of the same unit waits and then counts with the first one's assignments committed.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "TaskTallies" ("UnitId", "UnitPath", "Year", "DueDate", "Done", "Count") VALUES ({unit}, {path}, {0}, {TaskTally.NoDeadline}, {false}, {0})
                ON CONFLICT ("UnitId", "Year", "DueDate", "Done") DO UPDATE SET "Count" = "TaskTallies"."Count"
                """, ct);
            var wanted = (await TaskTally.CountAsync(db, [unit], ct)).ToDictionary(t => (t.Year, t.DueDate, t.Done));
            foreach (var row in await db.TaskTallies.Where(t => t.UnitId == unit).ToListAsync(ct))
            {
                var (before, count) = (row.Count, 0);
                if (wanted.Remove((row.Year, row.DueDate, row.Done), out var now))
                {
                    count = now.Count;
                    (row.UnitPath, row.Count) = (now.UnitPath, now.Count);
                }
                else
                {
                    db.TaskTallies.Remove(row);
                }

                TaskSubtreeTally.AddAlongPath(deltas, path, row.Year, row.DueDate, row.Done, count - before);
            }

            foreach (var added in wanted.Values)
            {
                TaskSubtreeTally.AddAlongPath(deltas, path, added.Year, added.DueDate, added.Done, added.Count);
            }

            db.TaskTallies.AddRange(wanted.Values);
        }

        await TaskSubtreeTally.ApplyAsync(db, deltas, ct);
    }
}

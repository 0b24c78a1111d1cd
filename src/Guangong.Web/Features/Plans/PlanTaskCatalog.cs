using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>Answers the activities slice which plan tasks an activity may name, through the scope filter.</summary>
public sealed class PlanTaskCatalog(GuangongDbContext db) : IPlanTaskCatalog
{
    /// <summary>A town's plans hold a few dozen tasks; more than this and the form lists the scope unit's own.</summary>
    public const int MostListed = 300;

    public Task<(IReadOnlyList<(long TaskId, string Label)> Items, bool Trimmed)> ChoicesAsync(long? keep, CancellationToken ct) =>
        ChoicesAsync(keep, MostListed, ct);

    /// <summary>The same with another bound: the tests trim the demo town's few dozen.</summary>
    internal async Task<(IReadOnlyList<(long TaskId, string Label)> Items, bool Trimmed)> ChoicesAsync(long? keep, int mostListed, CancellationToken ct)
    {
        var assigned = db.TaskAssignments.AsNoTracking().Where(a => !a.NotApplicable);

        // Counted up to one more than fit, not over a province's every assignment.
        var trimmed = await assigned.Select(a => a.TaskId).Distinct().HoldsMoreThanAsync(mostListed, ct);
        if (trimmed)
        {
            // The tasks assigned to the scope unit (by its unit index) and those of its own plans (by the path index: a
            // plan's tasks carry its unit's path); an OR across the join read a province's every assignment (0.1 s).
            var (own, ownPath) = (db.Scope.UnitId, db.Scope.Path);
            var ownTasks = db.TaskAssignments.Where(a => a.UnitId == own && !a.NotApplicable).Select(a => a.TaskId)
                .Union(db.PlanTasks.Where(t => t.UnitPath == ownPath && t.UnitId == own).Select(t => t.Id));
            assigned = assigned.Where(a => ownTasks.Contains(a.TaskId) || a.TaskId == keep);
        }

        var rows = await assigned.OrderByDescending(a => a.PlanId).ThenBy(a => a.TaskId).Select(a => new { a.TaskId, a.Label, a.TaskText }).ToListAsync(ct);
        return ([.. rows.DistinctBy(a => a.TaskId).Select(a => (a.TaskId, $"{a.Label} {(a.TaskText.Length > 30 ? a.TaskText[..30] + "…" : a.TaskText)}"))], trimmed);
    }

    public Task<bool> IsAssignedInScopeAsync(long taskId, CancellationToken ct) =>
        db.TaskAssignments.AnyAsync(a => a.TaskId == taskId, ct);
}

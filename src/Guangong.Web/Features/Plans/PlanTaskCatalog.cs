using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>Answers the activities slice which plan tasks an activity may name, through the scope filter.</summary>
public sealed class PlanTaskCatalog(GuangongDbContext db) : IPlanTaskCatalog
{
    public async Task<IReadOnlyList<(long TaskId, string Label)>> ChoicesAsync(CancellationToken ct) =>
        (await db.TaskAssignments.AsNoTracking().Where(a => !a.NotApplicable)
            .OrderByDescending(a => a.PlanId).ThenBy(a => a.TaskId)
            .Select(a => new { a.TaskId, a.Label, a.TaskText }).ToListAsync(ct))
        .DistinctBy(a => a.TaskId)
        .Select(a => (a.TaskId, $"{a.Label} {(a.TaskText.Length > 30 ? a.TaskText[..30] + "…" : a.TaskText)}"))
        .ToList();

    public Task<bool> IsAssignedInScopeAsync(long taskId, CancellationToken ct) =>
        db.TaskAssignments.AnyAsync(a => a.TaskId == taskId, ct);
}

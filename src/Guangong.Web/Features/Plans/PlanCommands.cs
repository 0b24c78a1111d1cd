using Guangong.Web.Features.Committees;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>A saved plan as a whole: delete it while nothing refers to it, seat its appendix roster (through Committees).</summary>
public sealed class PlanCommands(GuangongDbContext db, AppendixRoster roster)
{
    /// <summary>
    /// Removes a plan imported by mistake, with its tasks; refused once anyone has reported progress or
    /// linked an activity to it, because then it is the record of work done.
    /// </summary>
    public async Task<CommandResult<WorkPlan>> DeleteAsync(long planId, CancellationToken ct = default)
    {
        var plan = await db.WorkPlans.Include(p => p.Sections).Include(p => p.Roster).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult<WorkPlan>.NotFound();
        }

        var taskIds = await db.PlanTasks.Where(t => t.PlanId == planId).Select(t => t.Id).ToListAsync(ct);
        bool referenced;
        using (db.Scope.ReadOutside(OutsideReasons.StillReferenced))
        {
            referenced = await db.TaskProgress.AnyAsync(p => taskIds.Contains(p.TaskId), ct)
                || await db.Activities.AnyAsync(a => a.PlanTaskId != null && taskIds.Contains(a.PlanTaskId.Value), ct);
        }

        if (referenced)
        {
            return CommandResult<WorkPlan>.Invalid(string.Empty, "这份计划已有进展记录或关联的活动，不能删除。");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        using (db.Scope.ReadOutside(OutsideReasons.PlanRemoval))
        {
            db.TaskAssignments.RemoveRange(await db.TaskAssignments.Where(a => a.PlanId == planId).ToListAsync(ct));
            db.PlanTasks.RemoveRange(await db.PlanTasks.Where(t => t.PlanId == planId).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
        }

        db.WorkPlans.Remove(plan);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommandResult<WorkPlan>.Ok(plan);
    }

    /// <summary>Adds the appendix's members as seats of the plan unit's leadership team (skipping anyone already seated in that role).</summary>
    public async Task<CommandResult<int>> ApplyRosterAsync(long planId, CancellationToken ct = default)
    {
        var plan = await db.WorkPlans.Include(p => p.Roster).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult<int>.NotFound();
        }

        return await roster.ApplyAsync(plan.UnitId, plan.Roster.Select(r => new AppendixMember(r.Order, r.Role, r.Name, r.Post)), plan.IssuedOn, ct);
    }
}

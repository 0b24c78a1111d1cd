using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>One task of a plan: correct its words, due date and target; change its owner units; mark it 不适用.</summary>
public sealed class TaskCommands(GuangongDbContext db, TimeProvider clock, RecentRemovals removals)
{
    /// <summary>Corrects a task's words, due date, frequency or target; the copies its owners hold change in the same save.</summary>
    public async Task<CommandResult<PlanTask>> UpdateTaskAsync(long taskId, long version, string? text, string? dueText, string? target, string? frequency, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        if (task.Version != version)
        {
            return CommandResult<PlanTask>.Conflict(task);
        }

        var errors = new List<FieldError>();
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 4000)
        {
            errors.Add(new FieldError("Text", string.IsNullOrEmpty(text) ? "请填写任务内容。" : "任务内容不能超过4000个字。"));
        }

        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(dueText))
        {
            due = DateField.Read(dueText, DateKind.Deadline, ChinaTime.Today(clock), "DueDate", errors);
        }

        target = string.IsNullOrWhiteSpace(target) ? null : target.Trim();
        if (target is { Length: > 300 })
        {
            errors.Add(new FieldError("Target", "目标不能超过300个字。"));
        }

        frequency = string.IsNullOrWhiteSpace(frequency) ? null : frequency.Trim();
        if (frequency is { Length: > PlanTask.FrequencyLength })
        {
            errors.Add(new FieldError("Frequency", $"频次不能超过{PlanTask.FrequencyLength}个字，如“每季度”“每月”。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<PlanTask>.Invalid(errors);
        }

        task.Text = text!;
        task.DueDate = due;
        (task.Target, task.Frequency) = (target, frequency);
        foreach (var a in task.Assignments)
        {
            (a.TaskText, a.DueDate, a.Target, a.Frequency) = (task.Text, due, target, frequency);
        }

        return await db.SaveOrConflictAsync(task, taskId, ct);
    }

    /// <summary>
    /// Gives a task to other owner units: new owners get an assignment, dropped owners lose theirs
    /// unless they have already reported on it (their report is the record of work done).
    /// </summary>
    public async Task<CommandResult<PlanTask>> SetOwnersAsync(long taskId, long version, IReadOnlyCollection<long> unitIds, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        if (task.Version != version)
        {
            return CommandResult<PlanTask>.Conflict(task);
        }

        var plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == task.PlanId, ct);
        var wanted = unitIds.Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.IsActive && u.Path.StartsWith(plan.UnitPath)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        if (wanted.Count == 0 || units.Count != wanted.Count)
        {
            db.ChangeTracker.Clear();
            return CommandResult<PlanTask>.Invalid("Owners", wanted.Count == 0 ? "请至少选择一个责任单位。" : "责任单位须是本计划单位或其下级单位。");
        }

        foreach (var dropped in task.Assignments.Where(a => !wanted.Contains(a.UnitId)).ToList())
        {
            if (dropped.HasProgress)
            {
                db.ChangeTracker.Clear();
                return CommandResult<PlanTask>.Invalid("Owners", "已报告过进展的责任单位不能移除。");
            }

            db.TaskAssignments.Remove(dropped);
        }

        foreach (var unitId in wanted.Where(id => task.Assignments.All(a => a.UnitId != id)))
        {
            Assign(task, plan, unitId, units[unitId]);
        }

        db.Entry(task).Property(t => t.Version).IsModified = true;
        return await db.SaveOrConflictAsync(task, taskId, ct);
    }

    private void Assign(PlanTask task, WorkPlan plan, long unitId, string unitPath) =>
        db.TaskAssignments.Add(new TaskAssignment
        {
            TaskId = task.Id,
            PlanId = task.PlanId,
            UnitId = unitId,
            UnitPath = unitPath,
            PlanTitle = plan.Title,
            Label = task.Label,
            TaskText = task.Text,
            DueDate = task.DueDate,
            Target = task.Target,
            Frequency = task.Frequency,
            NotApplicable = task.NotApplicable,
        });

    /// <summary>The user's own recent removals of owners of this task (<see cref="RecentRemovals"/>): each record and its unit's id.</summary>
    public async Task<IReadOnlyList<(RemovedRecord Record, long UnitId)>> RemovedOwnersAsync(long taskId, IEnumerable<long> auditEntryIds, CancellationToken ct = default) =>
        (await removals.FindAllAsync<TaskAssignment>(auditEntryIds, ct))
            .Where(r => r.Long(nameof(TaskAssignment.TaskId)) == taskId && r.Long(nameof(TaskAssignment.UnitId)) is not null)
            .Select(r => (r, r.Long(nameof(TaskAssignment.UnitId))!.Value)).ToList();

    /// <summary>
    /// Gives the task back to owners the user dropped within <see cref="RecentRemovals.Window"/>: a fresh assignment
    /// with the task's words as they are now (a dropped owner had reported nothing, so nothing else was lost).
    /// An owner given the task again since, or a unit no longer active under the plan's unit, is left as it is.
    /// </summary>
    public async Task<CommandResult<PlanTask>> UndoOwnerRemovalAsync(long taskId, IEnumerable<long> auditEntryIds, CancellationToken ct = default)
    {
        var removed = await RemovedOwnersAsync(taskId, auditEntryIds, ct);
        var task = removed.Count == 0 ? null : await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        var plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == task.PlanId, ct);
        var unitIds = removed.Select(r => r.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.IsActive && u.Path.StartsWith(plan.UnitPath)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var back = removed.Where(r => units.ContainsKey(r.UnitId) && task.Assignments.All(a => a.UnitId != r.UnitId)).DistinctBy(r => r.UnitId).ToList();
        if (back.Count == 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<PlanTask>.NotFound();
        }

        back.ForEach(r => Assign(task, plan, r.UnitId, units[r.UnitId]));
        db.Entry(task).Property(t => t.Version).IsModified = true;
        return await removals.RestoreAsync(back.Select(r => r.Record).ToList(), () => db.SaveOrConflictAsync(task, taskId, ct));
    }

    /// <summary>不适用 for the whole task, on every owner's assignment.</summary>
    public async Task<CommandResult<PlanTask>> SetNotApplicableAsync(long taskId, long version, bool notApplicable, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        if (task.Version != version)
        {
            return CommandResult<PlanTask>.Conflict(task);
        }

        task.NotApplicable = notApplicable;
        task.Assignments.ForEach(a => a.NotApplicable = notApplicable);
        return await db.SaveOrConflictAsync(task, taskId, ct);
    }
}

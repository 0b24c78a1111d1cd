using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>One row of the deadlines table: a task, the version the officer saw and the date typed (blank: leave it).</summary>
public sealed class DeadlineRow
{
    public long TaskId { get; set; }

    public long Version { get; set; }

    public string? Due { get; set; }
}

/// <summary>The deadlines table of a plan as posted.</summary>
public sealed class DeadlinesInput
{
    public List<DeadlineRow> Rows { get; set; } = [];
}

/// <summary>
/// Sets the deadlines of a plan's tasks in one table, after an import left some without one: every
/// typed date is checked, and either all are saved (with the owners' copies) or none.
/// </summary>
public sealed class TaskDeadlines(GuangongDbContext db, TimeProvider clock)
{
    /// <summary>The tasks of the plan that still have no deadline and are not marked 不适用.</summary>
    public async Task<IReadOnlyList<PlanTask>> MissingAsync(long planId, CancellationToken ct = default) =>
        await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId && t.DueDate == null && !t.NotApplicable).OrderBy(t => t.Id).ToListAsync(ct);

    public async Task<CommandResult<int>> SetAsync(long planId, DeadlinesInput input, CancellationToken ct = default)
    {
        var wanted = input.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Due)).ToList();
        var ids = wanted.Select(r => r.TaskId).ToList();
        var tasks = await db.PlanTasks.Include(t => t.Assignments).Where(t => t.PlanId == planId && ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var year = await db.WorkPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Year).SingleOrDefaultAsync(ct);
        foreach (var row in wanted)
        {
            var field = $"Rows[{input.Rows.IndexOf(row)}].Due";
            if (!tasks.TryGetValue(row.TaskId, out var task))
            {
                errors.Add(new FieldError(field, "这项任务已不在本计划中，请刷新页面。"));
                continue;
            }

            if (task.Version != row.Version)
            {
                errors.Add(new FieldError(field, task.DueDate is { } set
                    ? $"“{task.Label}”的期限刚被他人设为{ChinaTime.Date(set)}，您填的日期没有保存；如需改动，请到这项任务的页面修改。"
                    : $"“{task.Label}”刚被他人修改过，请核对后重填。"));
                continue;
            }

            if (DateField.Read(row.Due, DateKind.Deadline, today, field, errors) is not { } due)
            {
                continue;
            }

            // A plan's deadlines fall within its year, or the next at the latest: 2022 on a 2023 plan is a slip of the year.
            if (year != 0 && (due.Year < year || due.Year > year + 1))
            {
                errors.Add(new FieldError(field, $"期限应在{year}年或{year + 1}年内，请核对年份。"));
                continue;
            }

            task.DueDate = due;
            foreach (var a in task.Assignments)
            {
                a.DueDate = due;
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<int>.Invalid(errors);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<int>.Invalid("Rows", "有任务刚被他人修改过，本次没有保存，请刷新页面后重填。");
        }

        return CommandResult<int>.Ok(wanted.Count);
    }
}

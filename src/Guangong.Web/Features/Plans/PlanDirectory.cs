using System.Text.Json.Serialization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>Reads plans and their progress: the plan in its own structure, a unit's assignments, the unit × task matrix, reminders.</summary>
public sealed class PlanDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public IQueryable<PlanRow> List(int? year) =>
        db.WorkPlans.AsNoTracking()
            .Where(p => year == null || p.Year == year)
            .OrderByDescending(p => p.Year).ThenBy(p => p.UnitPath)
            .Select(p => new PlanRow(p.Id, p.Year, p.Title, p.Unit!.Name, p.IssuedOn, db.PlanTasks.Count(t => t.PlanId == p.Id)));

    /// <summary>
    /// The plan with where each task stands: now, or, with <paramref name="atYearEnd"/> and the plan's year over, as it
    /// stood on 31 December (the progress reported up to then, the activities held by then): a year's summary written in
    /// a later year tells of that year.
    /// </summary>
    public async Task<PlanView?> ViewAsync(long id, bool atYearEnd = false, CancellationToken ct = default)
    {
        var plan = await db.FindInScopeAsync<WorkPlan>(id, ct);
        if (plan is null)
        {
            return null;
        }

        var yearEnd = new DateOnly(plan.Year, 12, 31);
        DateOnly? asOf = atYearEnd && Today > yearEnd ? yearEnd : null;

        var sections = await db.WorkPlanSections.AsNoTracking().Where(s => s.PlanId == id).OrderBy(s => s.Order).ToListAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order).ToListAsync(ct);
        var assignments = await db.TaskAssignments.AsNoTracking().Where(a => a.PlanId == id)
            .Select(a => new { Assignment = a, UnitName = a.Unit!.Name }).ToListAsync(ct);
        if (asOf is { } end)
        {
            var taskIds = tasks.Select(t => t.Id).ToList();
            var latest = (await db.TaskProgress.AsNoTracking().Where(p => taskIds.Contains(p.TaskId) && p.Date <= end)
                    .Select(p => new { p.AssignmentId, p.Date, p.Id, p.Percent }).ToListAsync(ct))
                .GroupBy(p => p.AssignmentId).ToDictionary(g => g.Key, g => g.MaxBy(p => (p.Date, p.Id))!.Percent);
            foreach (var a in assignments.Select(a => a.Assignment))
            {
                (a.Percent, a.HasProgress) = latest.TryGetValue(a.Id, out var percent) ? (percent, true) : (0, false);
            }
        }

        var evidence = await db.Activities.AsNoTracking().Where(a => a.PlanTaskId != null && tasks.Select(t => t.Id).Contains(a.PlanTaskId.Value))
            .Where(a => asOf == null || a.Date <= asOf)
            .GroupBy(a => a.PlanTaskId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var roster = await db.PlanRosterMembers.AsNoTracking().Where(r => r.PlanId == id).OrderBy(r => r.Order).ToListAsync(ct);
        var today = asOf?.AddDays(1) ?? Today;
        var views = tasks.Select(t =>
        {
            var owners = assignments.Where(a => a.Assignment.TaskId == t.Id)
                .Select(a => new OwnerView(a.Assignment.Id, a.Assignment.UnitId, a.UnitName, a.Assignment.Percent, a.Assignment.StatusOn(today)))
                .OrderBy(o => o.UnitName).ToList();
            return new TaskView(t, owners, evidence.GetValueOrDefault(t.Id), StatusOf(t, owners, today), PercentOf(t, owners));
        }).ToList();
        return new PlanView(plan, sections.Select(s => new SectionView(s, views.Where(v => v.Task.SectionId == s.Id).ToList())).ToList(), roster);
    }

    public async Task<TaskDetail?> TaskAsync(long id, CancellationToken ct = default)
    {
        var task = await db.FindInScopeAsync<PlanTask>(id, ct);
        if (task is null)
        {
            return null;
        }

        var plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == task.PlanId, ct);
        var assignments = await treeOrder.SortAsync(await db.TaskAssignments.AsNoTracking().Where(a => a.TaskId == id).Include(a => a.Unit).OrderBy(a => a.Id).ToListAsync(ct), a => a.UnitPath, ct);
        var progress = await db.TaskProgress.AsNoTracking().Where(p => p.TaskId == id).Include(p => p.Files).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).ToListAsync(ct);
        var activities = await LinkedActivitiesAsync(id, ct);
        return new TaskDetail(task, plan, assignments, progress, activities);
    }

    public async Task<AssignmentDetail?> AssignmentAsync(long id, CancellationToken ct = default)
    {
        var assignment = await db.FindInScopeAsync<TaskAssignment>(id, ct);
        if (assignment is null)
        {
            return null;
        }

        var unitName = await db.Units.Where(u => u.Id == assignment.UnitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var progress = await db.TaskProgress.AsNoTracking().Where(p => p.AssignmentId == id).Include(p => p.Files).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).ToListAsync(ct);
        // A village's part of a town's task: the whole task (every unit's part) is the town's to open.
        var taskOpens = await db.FindInScopeAsync<PlanTask>(assignment.TaskId, ct) is not null;
        return new AssignmentDetail(assignment, unitName, progress, await LinkedActivitiesAsync(assignment.TaskId, ct), taskOpens);
    }

    /// <summary>How many tasks are assigned in scope: a village has no plan of its own, only the town's tasks given to it.</summary>
    public async Task<int> AssignedCountAsync(CancellationToken ct = default) => await db.TaskAssignments.CountAsync(ct);

    /// <summary>The assignments in scope: a village's own tasks, or all of a town's. Filter: overdue, untouched, soon.</summary>
    public async Task<IReadOnlyList<AssignmentRow>> AssignmentsAsync(string? show, CancellationToken ct = default) =>
        await NamedAsync(await Assignments(show).ToListAsync(ct), ct);

    /// <summary>One page of them, filtered and sorted in the database: a district's thousands are not loaded to show twenty.</summary>
    public async Task<PagedList<AssignmentRow>> AssignmentPageAsync(string? show, int page, CancellationToken ct = default)
    {
        var rows = await Assignments(show).ToPagedListAsync(page, ct: ct);
        return rows.With(await NamedAsync(rows.Items, ct));
    }

    /// <summary>The rows' units as the reader names them: a district's list holds villages of many towns.</summary>
    private Task<List<AssignmentRow>> NamedAsync(IReadOnlyList<AssignmentRow> rows, CancellationToken ct) =>
        townNames.NamedAsync(rows, a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct);

    /// <summary>The start page's reminder: how many are due within 14 days or overdue, and the first <paramref name="take"/> of them.</summary>
    public async Task<AssignmentReminders> RemindersAsync(int take, CancellationToken ct = default)
    {
        // Counted up to a cap: a province's open assignments number 100,000, and "1000+" tells its viewer as much as the
        // exact figure, without counting them on every start page (issue 18).
        var total = await Open(Soon).CountUpToAsync(AssignmentReminders.CountCap, ct);
        var overdue = total == 0 ? 0 : await Open("overdue").CountUpToAsync(AssignmentReminders.CountCap, ct);
        return new AssignmentReminders(total, overdue, total == 0 ? [] : await NamedAsync(await Assignments(Soon).Take(take).ToListAsync(ct), ct));
    }

    private const string Soon = "soon";

    private IQueryable<TaskAssignment> Open(string? show)
    {
        var today = Today;
        var open = db.TaskAssignments.AsNoTracking().Where(a => !a.NotApplicable && a.Percent < 100);
        return show switch
        {
            "overdue" => open.Where(a => a.DueDate < today),
            "untouched" => open.Where(a => !a.HasProgress),
            Soon => open.Where(a => a.DueDate != null && a.DueDate <= today.AddDays(14)),
            _ => open,
        };
    }

    private IQueryable<AssignmentRow> Assignments(string? show)
    {
        // Undated ones last, ordered by the date alone where that already puts them last, so that the (DueDate, UnitPath)
        // index gives a large scope's first rows in order (a province's open assignments were sorted whole: 0.17 s): the
        // soon and overdue lists hold none, and PostgreSQL's ascending order puts nulls last. SQLite puts them first.
        var open = Open(show);
        var byDate = show is Soon or "overdue" || !db.OnSqlite
            ? open.OrderBy(a => a.DueDate)
            : open.OrderBy(a => a.DueDate == null).ThenBy(a => a.DueDate);
        return byDate.ThenBy(a => a.PlanId).ThenBy(a => a.TaskId).ThenBy(a => a.Id).Select(a => new AssignmentRow(a.Id, a.TaskId, a.PlanTitle, a.Label, a.TaskText, a.Unit!.Name, a.DueDate, a.Percent, a.HasProgress, a.LastProgressOn, a.Frequency, a.UnitPath));
    }

    public async Task<IReadOnlyList<LinkedActivity>> LinkedActivitiesAsync(long taskId, CancellationToken ct = default) =>
        await townNames.NamedAsync(
            await db.Activities.AsNoTracking().Where(a => a.PlanTaskId == taskId && a.Status != Activities.ActivityStatus.Draft)
                .OrderByDescending(a => a.Date)
                .Select(a => new LinkedActivity(a.Id, a.Title, a.Date, a.Unit!.Name, a.YouthReached, a.VolunteerCount, a.Files.Count, a.UnitPath))
                .ToListAsync(ct),
            a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct);

    /// <summary>The tasks the current user may link an activity to: those assigned inside their scope.</summary>
    public static PlanTaskStatus StatusOf(PlanTask task, IReadOnlyList<OwnerView> owners, DateOnly today) =>
        task.NotApplicable ? PlanTaskStatus.NotApplicable
        : owners.Count > 0 && owners.All(o => o.Status == PlanTaskStatus.Done) ? PlanTaskStatus.Done
        : task.DueDate is { } due && due < today ? PlanTaskStatus.Overdue
        : owners.Any(o => o.Status is PlanTaskStatus.InProgress or PlanTaskStatus.Done || o.Percent > 0) ? PlanTaskStatus.InProgress
        : PlanTaskStatus.NotStarted;

    public static int PercentOf(PlanTask task, IReadOnlyList<OwnerView> owners) =>
        task.NotApplicable || owners.Count == 0 ? 0 : (int)Math.Round(owners.Average(o => o.Percent));
}

public sealed record PlanRow(long Id, int Year, string Title, string UnitName, DateOnly? IssuedOn, int TaskCount);

public sealed record OwnerView(long AssignmentId, long UnitId, string UnitName, int Percent, PlanTaskStatus Status);

public sealed record TaskView(PlanTask Task, IReadOnlyList<OwnerView> Owners, int EvidenceCount, PlanTaskStatus Status, int Percent);

public sealed record SectionView(WorkPlanSection Section, IReadOnlyList<TaskView> Tasks)
{
    /// <summary>Tasks marked 不适用 do not count.</summary>
    public int Percent => Tasks.Where(t => !t.Task.NotApplicable).Select(t => t.Percent).DefaultIfEmpty(0).Average() is var p ? (int)Math.Round(p) : 0;
}

public sealed record PlanView(WorkPlan Plan, IReadOnlyList<SectionView> Sections, IReadOnlyList<PlanRosterMember> Roster)
{
    public IEnumerable<TaskView> Tasks => Sections.SelectMany(s => s.Tasks);

    public int Percent => Tasks.Where(t => !t.Task.NotApplicable).Select(t => t.Percent).DefaultIfEmpty(0).Average() is var p ? (int)Math.Round(p) : 0;
}

public sealed record LinkedActivity(long Id, string Title, DateOnly Date, string UnitName, int YouthReached, int VolunteerCount, int FileCount, [property: JsonIgnore] string UnitPath);

public sealed record TaskDetail(PlanTask Task, WorkPlan Plan, IReadOnlyList<TaskAssignment> Assignments, IReadOnlyList<TaskProgress> Progress, IReadOnlyList<LinkedActivity> Activities);

public sealed record AssignmentDetail(TaskAssignment Assignment, string UnitName, IReadOnlyList<TaskProgress> Progress, IReadOnlyList<LinkedActivity> Activities, bool TaskOpens);

public sealed record AssignmentReminders(int Total, int Overdue, IReadOnlyList<AssignmentRow> First)
{
    /// <summary>Counts above this read as "1000+".</summary>
    public const int CountCap = 1000;

    public string TotalText => CountText(Total);

    public string OverdueText => CountText(Overdue);

    /// <summary>A count taken up to one past <see cref="CountCap"/>, as the start page shows it.</summary>
    public static string CountText(int count) => count > CountCap ? $"{CountCap}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record AssignmentRow(long Id, long TaskId, string PlanTitle, string Label, string TaskText, string UnitName, DateOnly? DueDate, int Percent, bool HasProgress, DateOnly? LastProgressOn, string? Frequency,
    [property: JsonIgnore] string UnitPath)
{
    /// <summary>Where this unit's part stands, in the words the task page uses (未开始, 进行中, 已完成, 已逾期).</summary>
    public PlanTaskStatus StatusOn(DateOnly today) => Percent >= 100 ? PlanTaskStatus.Done
        : DueDate < today ? PlanTaskStatus.Overdue
        : !HasProgress && Percent == 0 ? PlanTaskStatus.NotStarted
        : PlanTaskStatus.InProgress;
}

using System.Globalization;
using Guangong.Documents.Plans;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>One task's line in the one-pass confirmation of progress read from a summary.</summary>
public sealed class SummaryProgressRow
{
    public long TaskId { get; set; }

    /// <summary>记入: the officer keeps this line; unticked lines are not saved.</summary>
    public bool Record { get; set; }

    public long AssignmentId { get; set; }

    public string? Text { get; set; }

    public string? Percent { get; set; }
}

/// <summary>The confirmation form: one date for every report (the summary's own, never today's) and a line per task.</summary>
public sealed class SummaryProgressInput
{
    public string? Date { get; set; }

    /// <summary>The summary's text, carried so its figures can be shown again after a refused save.</summary>
    public string? Source { get; set; }

    public List<SummaryProgressRow> Rows { get; set; } = [];
}

/// <summary>
/// A summary (总结) read against a plan: each task gets the summary's paragraphs that report on it as a
/// proposed progress report, and the officer confirms them all in one save.
/// </summary>
public sealed class SummaryProgress(GuangongDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>A proposed report never exceeds what one report may hold; whole paragraphs only.</summary>
    public static SummaryProgressInput Propose(PlanView view, PlanDocument summary, string source)
    {
        var tasks = Trackable(view);
        var reports = SummaryReportMatcher.Match([.. tasks.Select(t => t.Task.Text)], summary);
        var input = new SummaryProgressInput
        {
            Date = summary.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source = source,
        };
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            // The plan's own unit reports for itself first; otherwise the first owner, which the officer can change.
            var owner = task.Owners.FirstOrDefault(o => o.UnitId == view.Plan.UnitId) ?? task.Owners[0];
            var text = WholeParagraphs(reports[i].Paragraphs);
            input.Rows.Add(new SummaryProgressRow
            {
                TaskId = task.Task.Id,
                Record = text.Length > 0,
                AssignmentId = owner.AssignmentId,
                Text = text,
                Percent = owner.Percent.ToString(CultureInfo.InvariantCulture),
            });
        }

        return input;
    }

    /// <summary>The tasks a summary can report on: tracked ones that were given to at least one unit.</summary>
    public static List<TaskView> Trackable(PlanView view) =>
        [.. view.Tasks.Where(t => !t.Task.NotApplicable && t.Owners.Count > 0)];

    public async Task<CommandResult<int>> RecordAsync(long planId, SummaryProgressInput input, CancellationToken ct = default)
    {
        if (!await db.WorkPlans.AnyAsync(p => p.Id == planId, ct))
        {
            return CommandResult<int>.NotFound();
        }

        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var date = ProgressRules.ReadDate(input.Date, today, "Date", errors);
        var chosen = input.Rows.Select((row, index) => (Row: row, Index: index)).Where(r => r.Row.Record).ToList();
        if (chosen.Count == 0)
        {
            errors.Add(new FieldError(string.Empty, "没有勾选任何任务：请勾选要记入进展的任务。"));
        }

        var ids = chosen.Select(c => c.Row.AssignmentId).ToList();
        // The scope filter on TaskAssignments keeps another unit's assignment out, as if it did not exist.
        var assignments = await db.TaskAssignments.Where(a => a.PlanId == planId && ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var author = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName;
        var reports = new List<(TaskAssignment Assignment, TaskProgress Progress)>();
        foreach (var (row, index) in chosen)
        {
            var field = $"Rows[{index}]";
            var text = ProgressRules.ReadText(row.Text, field + ".Text", errors);
            var percent = ProgressRules.ReadPercent(row.Percent, field + ".Percent", errors);
            if (!assignments.TryGetValue(row.AssignmentId, out var assignment) || assignment.TaskId != row.TaskId || assignment.NotApplicable)
            {
                errors.Add(new FieldError(field + ".AssignmentId", "请选择这项任务的责任单位。"));
                continue;
            }

            reports.Add((assignment, new TaskProgress
            {
                AssignmentId = assignment.Id,
                TaskId = assignment.TaskId,
                UnitId = assignment.UnitId,
                UnitPath = assignment.UnitPath,
                Date = date ?? today,
                Text = text,
                Percent = percent,
                AuthorName = author,
            }));
        }

        if (errors.Count > 0)
        {
            return CommandResult<int>.Invalid(errors);
        }

        foreach (var (assignment, progress) in reports)
        {
            db.TaskProgress.Add(progress);
            ProgressRules.Apply(assignment, progress);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<int>.Ok(reports.Count);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<int>.Invalid(string.Empty, "同时有人报告了其中某项任务的进展，请刷新页面后重新提交。");
        }
    }

    private static string WholeParagraphs(IReadOnlyList<string> paragraphs)
    {
        var kept = new List<string>();
        var length = 0;
        foreach (var paragraph in paragraphs)
        {
            if (length + paragraph.Length + 1 > ProgressRules.TextMaxLength)
            {
                break;
            }

            kept.Add(paragraph);
            length += paragraph.Length + 1;
        }

        return string.Join('\n', kept);
    }
}

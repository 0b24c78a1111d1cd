using Guangong.Web.Infrastructure.Scoping;
using System.Text;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// A first draft of the year-end summary (工作总结), organised by the plan's own sections and filled
/// with what the platform knows: each task's state and latest progress, the activities linked to it,
/// and the year's totals. The officer edits it before it becomes a document.
/// </summary>
public sealed class YearEndSummary(GuangongDbContext db, PlanDirectory plans)
{
    public async Task<(string Title, string Text)?> DraftAsync(long planId, CancellationToken ct = default)
    {
        var view = await plans.ViewAsync(planId, ct);
        if (view is null)
        {
            return null;
        }

        var plan = view.Plan;
        var from = new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year, 12, 31);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Status == Activities.ActivityStatus.Completed && a.Date >= from && a.Date <= to)
            .InSubtree(plan.UnitPath)
            .Select(a => new { a.Id, a.Category, a.YouthReached, a.PlanTaskId })
            .ToListAsync(ct);
        var tenths = await db.ServiceHourEntries.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to)
            .InSubtree(plan.UnitPath)
            .SumAsync(e => (int?)e.Tenths, ct) ?? 0;
        var latest = await db.TaskProgress.AsNoTracking().Where(p => view.Tasks.Select(t => t.Task.Id).Contains(p.TaskId))
            .OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
            .Select(p => new { p.TaskId, p.Text }).ToListAsync(ct);

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(ct);
        var text = new StringBuilder();
        var done = view.Tasks.Count(t => t.Status == PlanTaskStatus.Done);
        var counted = view.Tasks.Count(t => !t.Task.NotApplicable);
        text.AppendLine($"{plan.Year}年，{unitName}按照《{plan.Title}》的部署，全年共开展各类活动{activities.Count}次，参与青少年{activities.Sum(a => a.YouthReached)}人次，“五老”志愿服务{tenths / 10m:0.#}小时。计划确定的{counted}项任务中，已完成{done}项，全年总体进度{view.Percent}%。现将主要工作总结如下。");
        foreach (var s in view.Sections)
        {
            text.AppendLine().AppendLine($"{s.Section.Number}、{s.Section.Heading}");
            foreach (var t in s.Tasks.Where(t => !t.Task.NotApplicable))
            {
                var linked = activities.Where(a => a.PlanTaskId == t.Task.Id).ToList();
                var line = new StringBuilder($"{Short(t.Task.Text)}（{PlanTaskStatusText(t.Status)}，完成{t.Percent}%）。");
                if (latest.FirstOrDefault(p => p.TaskId == t.Task.Id) is { } p)
                {
                    line.Append(p.Text.TrimEnd('。')).Append('。');
                }

                if (linked.Count > 0)
                {
                    line.Append($"开展相关活动{linked.Count}次，参与青少年{linked.Sum(a => a.YouthReached)}人次。");
                }

                text.AppendLine(line.ToString());
            }
        }

        text.AppendLine().AppendLine("下一步，我们将针对尚未完成的任务逐项跟进，继续发挥“五老”作用，推动关心下一代工作再上新台阶。");
        return ($"{unitName}{plan.Year}年关心下一代工作总结", text.ToString());
    }

    private static string Short(string text)
    {
        var end = text.IndexOfAny(['。', '；']);
        return (end > 0 && end < 80 ? text[..end] : text.Length > 80 ? text[..80] : text).TrimEnd('，', '。');
    }

    private static string PlanTaskStatusText(PlanTaskStatus status) => Components.Shared.EnumText.Of(status);
}

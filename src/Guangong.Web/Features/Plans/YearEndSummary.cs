using System.Text;
using Guangong.Web.Features.Documents.Issue;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// A first draft of the year-end summary (工作总结) written from what happened, not from the plan's
/// words: per section the tasks done or under way with their evidence and the platform's numbers, then what is
/// not done and why, then next year's intentions for the officer to write. Every sentence is whole:
/// a task is named by a complete clause of its text, never cut mid-word or inside quotation marks.
/// The officer edits it before it becomes a document.
/// </summary>
public sealed class YearEndSummary(GuangongDbContext db, PlanDirectory plans)
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    // Placeholder progress words that say nothing about a finished task.
    private static readonly string[] EmptyProgress = ["已按计划部署，正在推进", "正在推进"];

    public async Task<(string Title, string Text)?> DraftAsync(long planId, CancellationToken ct = default)
    {
        var view = await plans.ViewAsync(planId, atYearEnd: true, ct);
        if (view is null)
        {
            return null;
        }

        var plan = view.Plan;
        var from = new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year, 12, 31);
        // Counted in the database by the task each activity cites: a town's year is thousands of activities.
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Status == Activities.ActivityStatus.Completed && a.Date >= from && a.Date <= to)
            .InSubtree(plan.UnitPath, db.Scope)
            .GroupBy(a => a.PlanTaskId)
            .Select(g => new { TaskId = g.Key, Count = g.Count(), Youth = g.Sum(a => a.YouthReached) })
            .ToListAsync(ct);
        var (people, tenths, verified) = await HoursAsync(plan.UnitPath, plan.Year, ct);
        var taskIds = view.Sections.SelectMany(s => s.Tasks).Select(t => t.Task.Id).ToList();
        var latest = await db.TaskProgress.AsNoTracking().Where(p => taskIds.Contains(p.TaskId) && p.Date <= to)
            .OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
            .Select(p => new { p.TaskId, p.Text }).ToListAsync(ct);
        string? Progress(long taskId) => latest.FirstOrDefault(p => p.TaskId == taskId)?.Text.Trim().TrimEnd('。') is { Length: > 0 } text
            && !EmptyProgress.Contains(text) ? text : null;

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(ct);
        var tasks = view.Sections.SelectMany(s => s.Tasks).Where(t => !t.Task.NotApplicable).ToList();
        // Begun is what the records show: a progress entry, a linked activity, evidence or a percentage. A task past its
        // date with none of them has not begun, whatever its status calls it.
        bool Begun(TaskView t) => t.Percent > 0 || t.EvidenceCount > 0 || latest.Any(p => p.TaskId == t.Task.Id) || activities.Any(a => a.TaskId == t.Task.Id);
        var done = tasks.Count(t => t.Status == PlanTaskStatus.Done);
        var notStarted = tasks.Count(t => t.Status != PlanTaskStatus.Done && !Begun(t));
        var text = new StringBuilder();
        text.AppendLine($"{plan.Year}年，{unitName}按照《{plan.Title.Trim('《', '》')}》的部署，全年共开展各类活动{activities.Sum(a => a.Count)}次，参与青少年{activities.Sum(a => a.Youth)}人次；"
            + $"{people}名“五老”志愿者参与服务，累计服务{tenths / 10m:0.#}小时{VerifiedPart(tenths, verified)}。计划确定的{tasks.Count}项任务中，已完成{done}项，"
            + $"正在推进{tasks.Count - done - notStarted}项，尚未开展{notStarted}项。现将主要工作总结如下。");

        var number = 0;
        foreach (var s in view.Sections)
        {
            // What was done and what is under way: a year's work is more than its finished tasks.
            var worked = s.Tasks.Where(t => !t.Task.NotApplicable && (t.Status == PlanTaskStatus.Done || Begun(t))).ToList();
            if (worked.Count == 0)
            {
                continue;
            }
            text.AppendLine().AppendLine($"{Numerals[Math.Min(number++, Numerals.Length - 1)]}、{s.Section.Heading.Trim().TrimEnd('。')}");
            foreach (var t in worked)
            {
                var line = new StringBuilder(TaskPhrase(t.Task.Text)).Append(t.Status == PlanTaskStatus.Done ? "，这项工作已经完成"
                    : t.Percent > 0 ? $"，正在推进，已完成约{t.Percent}%" : "，正在推进");
                if (activities.FirstOrDefault(a => a.TaskId == t.Task.Id) is { } linked)
                {
                    line.Append($"，开展相关活动{linked.Count}次，参与青少年{linked.Youth}人次");
                }
                if (t.EvidenceCount > 0)
                {
                    line.Append($"，留存佐证材料{t.EvidenceCount}份");
                }
                line.Append('。');
                if (Progress(t.Task.Id) is { } progress)
                {
                    line.Append(progress).Append('。');
                }
                text.AppendLine(line.ToString());
            }
        }

        text.AppendLine().AppendLine($"{Numerals[Math.Min(number++, Numerals.Length - 1)]}、存在的问题和不足");
        var open = tasks.Where(t => t.Status != PlanTaskStatus.Done).ToList();
        if (open.Count == 0)
        {
            text.AppendLine("计划确定的各项任务均已完成。" + DraftPrompt.Ask("补充工作中存在的不足"));
        }
        foreach (var t in open)
        {
            var state = t.Percent > 0 ? $"已完成约{t.Percent}%，尚未全部完成"
                : Begun(t) ? "已着手开展，尚未完成"
                : t.Status == PlanTaskStatus.Overdue ? "已过完成期限，尚未开展" : "尚未开展";
            var progress = Progress(t.Task.Id) is { } p ? $"最新进展：{p}。" : string.Empty;
            text.AppendLine($"{TaskPhrase(t.Task.Text)}：{state}。{progress}{DraftPrompt.Ask("说明原因")}");
        }

        text.AppendLine().AppendLine($"{Numerals[Math.Min(number, Numerals.Length - 1)]}、{plan.Year + 1}年工作打算");
        text.AppendLine(DraftPrompt.Ask($"填写{plan.Year + 1}年的工作打算"));
        return ($"{unitName}{plan.Year}年关心下一代工作总结", text.ToString());
    }

    /// <summary>
    /// The volunteers with net hours in the unit's subtree that year and their hours (tenths), from the subtree totals kept
    /// with the ledger (one row per volunteer and unit above the service) rather than a year of lines grouped by volunteer.
    /// The plan was found through the scope, so its unit's rows are in it.
    /// </summary>
    private async Task<(int People, int Tenths, int Verified)> HoursAsync(string unitPath, int year, CancellationToken ct)
    {
        var totals = db.VolunteerSubtreeHours.AsNoTracking().Where(r => r.Year == year && r.UnitPath == unitPath);
        return (await totals.CountAsync(r => r.Tenths > 0, ct), await totals.SumAsync(r => r.Tenths, ct), await totals.SumAsync(r => r.VerifiedTenths, ct));
    }

    /// <summary>
    /// How much of the hours the volunteers' own check-in and check-out verified, as the annual return's 其中已核实 says:
    /// a report that goes up quotes registered hours as registered, not as if each were verified.
    /// </summary>
    private static string VerifiedPart(int tenths, int verified) =>
        tenths == 0 || verified >= tenths ? string.Empty
        : verified == 0 ? "（均为登记时长，未经签到签退核实）"
        : $"（其中签到签退核实{verified / 10m:0.#}小时）";

    /// <summary>
    /// A task named by a whole clause of its text: its first sentence, or, when that is long, the part
    /// up to a comma where quotation marks and brackets are closed; never a cut inside a word. A long sentence's
    /// opening frame (根据《…》, 围绕…的目标, 以…为杠杆) is passed over: cut there, the task would be named by the frame
    /// alone, which says nothing of what is done ("根据…《实施意见》，已完成约30%").
    /// </summary>
    internal static string TaskPhrase(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(['。', '；', ';']);
        var sentence = (end > 0 ? trimmed[..end] : trimmed).TrimEnd('，', '。', '、', '：');
        if (sentence.Length <= 60)
        {
            return sentence;
        }

        sentence = AfterFrames(sentence);
        if (sentence.Length <= 60)
        {
            return sentence;
        }
        for (var i = Math.Min(60, sentence.Length - 1); i >= 12; i--)
        {
            if (sentence[i] is '，' or ',' && Balanced(sentence[..i]))
            {
                return sentence[..i];
            }
        }
        return sentence;
    }

    private static readonly string[] FrameWords = ["根据", "按照", "依据", "遵照", "对照", "围绕", "结合", "为了", "为进一步", "本着"];

    /// <summary>The sentence from its first clause that is not a frame; the last clause stays whatever it is.</summary>
    private static string AfterFrames(string sentence)
    {
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] is not ('，' or ',') || !Balanced(sentence[start..i]))
            {
                continue;
            }

            var clause = sentence[start..i];
            if (!IsFrame(clause))
            {
                break;
            }

            start = i + 1;
        }

        return sentence[start..];
    }

    private static bool IsFrame(string clause) =>
        FrameWords.Any(w => clause.StartsWith(w, StringComparison.Ordinal))
        || (clause.StartsWith('以') && clause.IndexOf('为', 2) > 0)
        || (clause.StartsWith('在') && (clause.EndsWith('下') || clause.EndsWith('中')));

    private static bool Balanced(string text) =>
        text.Count(c => c == '“') == text.Count(c => c == '”')
        && text.Count(c => c == '《') == text.Count(c => c == '》')
        && text.Count(c => c == '（') == text.Count(c => c == '）');
}

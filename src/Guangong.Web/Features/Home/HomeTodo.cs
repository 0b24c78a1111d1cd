using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Applications;
using Guangong.Web.Features.Notices;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Plans;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Features.Safety.Water;
using Guangong.Web.Features.Stations;

namespace Guangong.Web.Features.Home;

/// <summary>One line of the home page's to-do: what to act on, how many, where.</summary>
public sealed record TodoItem(string Key, string Text, int Count, string Href, bool Urgent = false, string? Note = null, string? CountText = null);

/// <summary>
/// The home page's to-do list: each slice answers its own small count query, and only what the
/// user's role can act on is asked (a volunteer is never asked about articles to review).
/// </summary>
public sealed class HomeTodo(
    CurrentUser me,
    NoticeDirectory notices,
    PlanDirectory plans,
    ApplicationDirectory applications,
    ArticleDirectory articles,
    VolunteerCare care,
    StationDirectory stations,
    WaterDirectory water)
{
    /// <summary>The tasks the start page lists under 需要跟进的任务; the rest are one tap away.</summary>
    public const int HomeReminderRows = 10;

    /// <summary>The to-do, with the rows behind three of its lines (Soon is null when the role is not asked about tasks), so the page need not query them again.</summary>
    public async Task<(IReadOnlyList<TodoItem> Items, IReadOnlyList<ReceivedRow> Unread, IReadOnlyList<RotaRow> Rota, AssignmentReminders? Soon)> ListAsync(CancellationToken ct = default)
    {
        var items = new List<TodoItem>();
        IReadOnlyList<ReceivedRow> unread = [];
        IReadOnlyList<RotaRow> rota = [];
        AssignmentReminders? soon = null;
        if (me.Can(Policies.CanReadNotices))
        {
            var todo = await notices.TodoAsync(ct);
            unread = todo.Unread;
            items.Add(new TodoItem("notices-unread", "未读的通知", todo.Unread.Count, "/notices", todo.Unread.Count > 0));
            if (me.Can(Policies.CanReplyNotices))
            {
                var note = string.Join("，", new[] { (todo.DueSoon, "即将到期"), (todo.Overdue, "已逾期"), (todo.Reminded, "被催办") }.Where(x => x.Item1 > 0).Select(x => $"{x.Item2} {x.Item1}"));
                items.Add(new TodoItem("notices-reply", "待回复的通知", todo.RepliesDue, "/notices", todo.DueSoon + todo.Overdue + todo.Reminded > 0, note.Length > 0 ? note : null));
            }
        }

        if (me.Can(Policies.CanPatrolWater))
        {
            // A rota line patrolled today and signed off is not among them: it moves to 已办完, not left for the 五老 to go out again.
            rota = await water.TodayRotaAsync(me.IsVolunteerOnly ? me.UserId : null, ct);
            items.Add(new TodoItem("patrol-today", me.IsVolunteerOnly ? "今天我的防溺水巡查" : "今天排班的防溺水巡查", rota.Count, me.IsVolunteerOnly ? "/water/patrols" : "/water/rota"));
        }

        if (me.Can(Policies.CanReportProgress))
        {
            soon = await plans.RemindersAsync(HomeReminderRows, ct);
            items.Add(new TodoItem("tasks-due", "14天内到期或已逾期的任务", soon.Total, "/plans/assignments?show=soon", soon.Overdue > 0, soon.Overdue > 0 ? $"已逾期 {soon.OverdueText}" : null, soon.TotalText));
        }

        var apps = await applications.TodoAsync(ct);
        if (me.Can(Policies.CanReviewPrograms))
        {
            items.Add(new TodoItem("applications-review", "下级报来、待审核的申报", apps.ToReview, "/applications?queue=1"));
        }

        // Stations are a village committee's program: a school's or a company's recorder has none to keep.
        if (me.Can(Policies.CanAssessPrograms) && me.WorksInCommittee)
        {
            items.Add(new TodoItem("applications-returned", "被退回、待修改后重新提交的申报", apps.Returned, "/applications", apps.Returned > 0));
            items.Add(new TodoItem("stations-inactive", $"{stations.InactiveDays}天无活动的辅导站", await stations.InactiveCountAsync(ct), "/stations?inactive=1"));
        }

        if (me.Can(Policies.CanWriteArticles))
        {
            var (toReview, returned) = await articles.TodoAsync(me.UserId, ct);
            if (me.Can(Policies.CanReviewArticles))
            {
                items.Add(new TodoItem("articles-review", "待审核的宣传稿件", toReview, "/publicity/articles?status=Submitted"));
            }

            items.Add(new TodoItem("articles-returned", "被退回、待修改的稿件", returned, "/publicity/articles?status=Returned", returned > 0));
        }

        if (me.Can(Policies.CanManageRoster) && me.Can(Policies.CanReadRoster))
        {
            var due = await care.DueCountAsync(AssignmentReminders.CountCap, ct);
            items.Add(new TodoItem("volunteers-visit", $"{care.DefaultDays}天未走访的五老", due, "/volunteers/care",
                CountText: AssignmentReminders.CountText(due)));
        }

        return (items, unread, rota, soon);
    }
}

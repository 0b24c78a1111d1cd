using System.Net;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>A summary read against the 郑陆 plan proposes progress per task, confirmed in one save; run once per provider.</summary>
public abstract class SummaryProgressTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private const string Summary = """
        郑陆镇关工委2023年上半年工作总结
        一、法治教育
        我镇持续深化“关爱明天，普法先行”青少年法制宣传教育活动，组织学习《未成年人保护法》《预防未成年人犯罪法》，开展法治教育进校园、进村、进社区、进企业活动12场，受教育学生3000余人次。
        二、内刊编印
        各村、社区、学校围绕“爷爷奶奶一堂课”组织撰写征文86篇，《银龄关爱，同行致远》内刊已完成初选。
        """;

    private async Task<(HttpClient Officer, long PlanId)> PlanAsync()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var planId = await App.WithDbAsync(db => db.WorkPlans.Where(p => p.UnitPath == town.Path && p.Title == "郑陆镇2023年关心下一代工作意见").Select(p => p.Id).SingleAsync());
        return (await App.SignedInAsync("zhenglu"), planId);
    }

    private static async Task<string> ReadAsync(HttpClient client, long planId, string text)
    {
        var response = await client.PostFormAsync($"/plans/{planId}/summary-progress", "summary-read", new Dictionary<string, string> { ["text"] = text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, long planId, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync($"/plans/{planId}/summary-progress");
        fields.With("__RequestVerificationToken", HttpSession.AntiforgeryToken(page));
        return await client.PostAsync($"/plans/{planId}/summary-progress", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_summary_paragraph_about_a_task_is_proposed_for_it_and_confirmed_in_one_save_with_the_summary_date()
    {
        var (officer, planId) = await PlanAsync();
        var html = WebUtility.HtmlDecode(await ReadAsync(officer, planId, Summary));
        Assert.Contains("法治教育进校园、进村、进社区、进企业活动12场", html);
        Assert.Contains("总结中没有读出成文日期", html);
        Assert.Contains("3000", html);

        var fields = HtmlForm.Fields(await ReadAsync(officer, planId, Summary), "summary-progress");
        var ticked = fields.Where(f => f.Key.EndsWith(".Record", StringComparison.Ordinal)).Select(f => f.Key).ToList();
        Assert.InRange(ticked.Count, 1, 4);
        var before = await App.WithDbAsync(db => db.TaskProgress.CountAsync());

        // The date is the summary's, never today's: without it nothing is saved and the field says why.
        var refused = await ConfirmAsync(officer, planId, fields.With("Input.Date", string.Empty));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写日期", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, await App.WithDbAsync(db => db.TaskProgress.CountAsync()));

        var first = ticked[0].Replace(".Record", string.Empty, StringComparison.Ordinal);
        var assignmentId = long.Parse(fields.Single(f => f.Key == first + ".AssignmentId").Value);
        var saved = await ConfirmAsync(officer, planId, fields.With("Input.Date", "2023-06-30").With(first + ".Percent", "60"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + ticked.Count, await App.WithDbAsync(db => db.TaskProgress.CountAsync()));
        var progress = await App.WithDbAsync(db => db.TaskProgress.Where(p => p.AssignmentId == assignmentId).OrderByDescending(p => p.Id).FirstAsync());
        Assert.Equal(new DateOnly(2023, 6, 30), progress.Date);
        Assert.Equal(60, progress.Percent);
        Assert.False(string.IsNullOrWhiteSpace(progress.Text));
        // A paragraph is proposed under its section's heading ("法治教育：我镇…"), with its words as the summary has them.
        Assert.Contains(progress.Text.Split('：', 2)[^1][..10], Summary, StringComparison.Ordinal);
        Assert.Equal(60, await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.Id == assignmentId).Select(a => a.Percent).SingleAsync()));
    }

    [Fact]
    public async Task A_line_naming_another_towns_assignment_or_a_bad_percent_is_refused_beside_it_and_nothing_is_saved()
    {
        var (officer, planId) = await PlanAsync();
        var fields = HtmlForm.Fields(await ReadAsync(officer, planId, Summary), "summary-progress").With("Input.Date", "2023-06-30");
        var first = fields.First(f => f.Key.EndsWith(".Record", StringComparison.Ordinal)).Key.Replace(".Record", string.Empty, StringComparison.Ordinal);
        var foreign = await App.WithDbAsync(db => db.TaskAssignments.IgnoreQueryFilters().Where(a => a.UnitPath.StartsWith(db.Units.IgnoreQueryFilters().Where(u => u.Name == "乌审召镇关工委").Select(u => u.Path).First())).Select(a => a.Id).FirstAsync());
        var before = await App.WithDbAsync(db => db.TaskProgress.IgnoreQueryFilters().CountAsync());

        var response = await ConfirmAsync(officer, planId, fields.With(first + ".AssignmentId", foreign.ToString()).With(first + ".Percent", "120"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择这项任务的责任单位。", html);
        Assert.Contains("完成比例须为0到100之间的整数。", html);
        Assert.Equal(before, await App.WithDbAsync(db => db.TaskProgress.IgnoreQueryFilters().CountAsync()));

        var none = await ConfirmAsync(officer, planId, [.. fields.Where(f => !f.Key.EndsWith(".Record", StringComparison.Ordinal))]);
        Assert.Contains("没有勾选任何任务", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Only_plan_editors_open_it_and_an_unknown_or_foreign_plan_is_not_found()
    {
        var (officer, planId) = await PlanAsync();
        Assert.Contains("对照总结记进展", await officer.GetStringAsync($"/plans/{planId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/plans/987654321/summary-progress")).StatusCode);
        var wushenzhao = await App.SignedInAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await wushenzhao.GetAsync($"/plans/{planId}/summary-progress")).StatusCode);
        var school = await App.SignedInAsync("zl-school");
        Assert.Contains((await school.GetAsync($"/plans/{planId}/summary-progress")).StatusCode, GuangongApp.Denied);
    }
}

public sealed class SummaryProgressTestsOnSqlite(SqliteAppFixture fixture) : SummaryProgressTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SummaryProgressTestsOnPostgres(PostgresAppFixture fixture) : SummaryProgressTests(fixture), IClassFixture<PostgresAppFixture>;

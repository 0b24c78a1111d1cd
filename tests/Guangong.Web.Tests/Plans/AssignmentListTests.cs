using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Plans;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>
/// Issue 18: 我的任务 and the start page's 需要跟进的任务 filter, count and page in the database instead of loading every open
/// assignment of the scope (a district's thousands): the same rows, in the same order, as the whole list they replaced.
/// </summary>
public abstract partial class AssignmentListTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_village_without_a_plan_of_its_own_is_led_to_the_tasks_given_to_it()
    {
        var html = await (await (await App.SignedInAsync("zl-jiaoxi")).GetAsync("/plans")).HtmlAsync();
        Assert.Contains("本单位没有自己的工作计划。上级分派给本单位的任务在“我的任务”里。", html);
        Assert.Matches("href=\"/plans/assignments\">我的任务（[1-9][0-9]*项）</a>", html);
    }

    [Fact]
    public async Task A_district_viewer_sees_a_task_without_the_link_to_record_an_activity_it_could_not_open()
    {
        // Recording an activity is for recorders: a viewer's link to the form answered 403 (found crawling every link as the viewer).
        var taskId = await App.WithDbAsync(db => db.PlanTasks.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var viewer = await App.SignedInAsync("tianning");
        var page = await viewer.GetAsync($"/plans/tasks/{taskId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        var html = await page.HtmlAsync();
        Assert.Contains("进展与佐证", html);
        Assert.DoesNotContain("/activities/new?task=", html);

        var officer = await App.SignedInAsync("zhenglu");
        Assert.Contains($"/activities/new?task={taskId}", await (await officer.GetAsync($"/plans/tasks/{taskId}")).HtmlAsync());
    }

    [Fact]
    public async Task The_task_list_pages_and_filters_in_the_database_and_the_start_page_counts_there()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        foreach (var show in new string?[] { null, "soon", "overdue", "untouched" })
        {
            var (all, first, second) = await App.WithServiceAsync<PlanDirectory, (IReadOnlyList<AssignmentRow>, PagedRows, PagedRows)>(async plans =>
            {
                var whole = await plans.AssignmentsAsync(show);
                var one = await plans.AssignmentPageAsync(show, 1);
                var two = await plans.AssignmentPageAsync(show, 2);
                return (whole, new(one.Total, one.Items.Select(r => r.Id).ToList()), new(two.Total, two.Items.Select(r => r.Id).ToList()));
            }, town.Id, town.Path);

            var expected = await App.WithDbAsync(db => db.TaskAssignments.AsNoTracking()
                .Where(a => a.UnitPath.StartsWith(town.Path) && !a.NotApplicable && a.Percent < 100).Select(a => new { a.Id, a.DueDate, a.HasProgress }).ToListAsync());
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var wanted = show switch
            {
                "soon" => expected.Where(a => a.DueDate is { } d && d <= today.AddDays(14)),
                "overdue" => expected.Where(a => a.DueDate < today),
                "untouched" => expected.Where(a => !a.HasProgress),
                _ => expected,
            };
            Assert.Equal(wanted.Select(a => a.Id).Order(), all.Select(r => r.Id).Order());
            Assert.True(show is not null || all.Count > 20, $"郑陆 has only {all.Count} open tasks: the paging is not exercised");
            Assert.Equal(all.OrderBy(r => r.DueDate is null).ThenBy(r => r.DueDate).Select(r => r.DueDate), all.Select(r => r.DueDate));
            Assert.Equal(all.Count, first.Total);
            Assert.Equal(all.Take(20).Select(r => r.Id), first.Ids);
            Assert.Equal(all.Skip(20).Take(20).Select(r => r.Id), all.Count > 20 ? second.Ids : first.Ids.Skip(20));

            var page = await officer.GetStringAsync("/plans/assignments" + (show is null ? null : "?show=" + show));
            Assert.Contains($"共 {all.Count} 项", page);
            Assert.Equal(Math.Min(20, all.Count), Rows().Matches(page).Count);

            // The API pages alike: its second page is the list's 21st to 40th (a page past the last is the last).
            var api = await App.ApiClientAsync("zhenglu");
            var json = await api.GetFromJsonAsync<JsonElement>("/api/v1/plans/assignments?page=2" + (show is null ? null : "&show=" + show));
            Assert.Equal(all.Count, json.GetProperty("total").GetInt32());
            Assert.Equal((all.Count > 20 ? all.Skip(20) : all).Take(20).Select(r => r.Id), json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        }

        var soon = await App.WithServiceAsync<PlanDirectory, AssignmentReminders>(plans => plans.RemindersAsync(10), town.Id, town.Path);
        var list = await App.WithServiceAsync<PlanDirectory, IReadOnlyList<AssignmentRow>>(plans => plans.AssignmentsAsync("soon"), town.Id, town.Path);
        Assert.True(list.Count > 10, $"郑陆 has only {list.Count} tasks due or overdue: the start page's first ten are not exercised");
        Assert.Equal((list.Count, list.Count(r => r.DueDate < DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)))), (soon.Total, soon.Overdue));
        Assert.Equal(list.Take(10).Select(r => r.Id), soon.First.Select(r => r.Id));
        var home = await officer.GetStringAsync("/");
        Assert.Contains($"14天内到期或已逾期，共 {list.Count} 项", home);
    }

    private sealed record PagedRows(int Total, IReadOnlyList<long> Ids);

    [GeneratedRegex("<a href=\"/plans/assignments/\\d+\">")]
    private static partial Regex Rows();
}

public sealed class AssignmentListTestsOnSqlite(SqliteAppFixture fixture) : AssignmentListTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AssignmentListTestsOnPostgres(PostgresAppFixture fixture) : AssignmentListTests(fixture), IClassFixture<PostgresAppFixture>;

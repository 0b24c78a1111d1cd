using System.Net;
using System.Text.RegularExpressions;
using Guangong.Documents.Plans;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Plans;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>
/// Issue 12.5: after import the plan tracks itself. Specific suggestions (a date, a count, a unit of the town's
/// tree, a frequency) are ticked; vague ones (全年, 暑期) and groups (各村) are not; a frequency is no deadline.
/// </summary>
public sealed class SpecificSuggestionTests
{
    private static readonly OwnerMatcher.Candidate Town = new(1, "郑陆镇关工委", UnitKind.Committee, UnitLevel.Town, null);

    private static readonly OwnerMatcher.Candidate[] Below =
    [
        new(2, "焦溪村关工委", UnitKind.Committee, UnitLevel.Village, 1),
        new(3, "郑陆社区关工委", UnitKind.Committee, UnitLevel.Village, 1),
        new(4, "焦溪小学关工委", UnitKind.School, UnitLevel.Village, 1),
        new(5, "郑陆法庭关爱工作站", UnitKind.CareStationCourt, UnitLevel.Village, 1),
        new(9, "郑陆司法所关爱工作站", UnitKind.CareStationJustice, UnitLevel.Village, 1),
        new(6, "常州郑陆机械有限公司关工委", UnitKind.Enterprise, UnitLevel.Village, 1),
        new(7, "焦溪村老年协会", UnitKind.MemberUnit, UnitLevel.Village, 2),
        new(8, "郑陆镇妇联", UnitKind.MemberUnit, UnitLevel.Village, 1),
    ];

    [Theory]
    [InlineData("郑陆法庭", true)]
    [InlineData("焦溪村关工委", true)]
    [InlineData("焦溪小学关工委", true)]
    [InlineData("镇关工委", true)]
    [InlineData("各村、社区关工委", false)]
    [InlineData("村关工委", false)]
    [InlineData("民企关工委", false)]
    [InlineData("舜山村关工委", false)]
    [InlineData("工会", false)]
    [InlineData("妇联", false)] // a bare word a sentence may only mention (纳入…妇联等群团组织管理)
    [InlineData("郑陆镇妇联", true)]
    [InlineData("郑陆司法所", true)] // read from "郑陆法庭、司法所、派出所": the place names the whole list
    public void An_owner_is_ticked_when_it_names_one_unit_of_the_tree(string owner, bool ticked) =>
        Assert.Equal(ticked, SpecificSuggestions.NamesOneUnit(owner, Town, Below));

    [Fact]
    public void A_unit_named_exactly_is_that_unit_even_when_another_shares_its_words() =>
        Assert.Equal([2L], OwnerMatcher.Match("焦溪村关工委", Town, Below).Select(u => u.Id));

    [Theory]
    [InlineData("2024年6月30日前", true)]
    [InlineData("2023年底前", true)]
    [InlineData("6月底前", true)]
    [InlineData("年底前", true)]
    [InlineData("第三季度", true)]
    [InlineData("全年", false)]
    [InlineData("暑期", false)]
    [InlineData("今年", false)]
    [InlineData("年内", false)] // as every task of the year's plan: "this year" says no date of its own
    [InlineData("国庆期间", false)]
    [InlineData("每季度", false)]
    public void Only_a_dated_deadline_is_ticked(string due, bool ticked) =>
        Assert.Equal(ticked, SpecificSuggestions.IsSpecificDeadline(due, 2024));

    [Theory]
    [InlineData("出刊一本", true)]
    [InlineData("不少于12次", true)]
    [InlineData("第五本", false)] // which book it is, not how many
    [InlineData("第二届", false)]
    public void Only_a_count_is_ticked_as_a_target(string target, bool ticked) =>
        Assert.Equal(ticked, SpecificSuggestions.IsSpecificTarget(target));

    [Fact]
    public void The_testers_lines_are_ticked_as_they_read()
    {
        var draft = PlanDraft.From(PlanTextParser.Parse("""
            郑陆镇2024年关心下一代工作要点
            一、加强组织建设
            1．每季度召开一次关工委工作例会，于2024年6月30日前完成辅导站挂牌。
            2．“五老”志愿者每周一次到网吧开展义务监督，全年开展活动不少于12次，由郑陆法庭、焦溪村关工委负责。
            3．适时开展走访慰问活动。
            """));

        draft.PickSpecific(2024, owner => SpecificSuggestions.NamesOneUnit(owner, Town, Below));

        Assert.Equal(["2024年6月30日前"], draft.Picked(0, 0, "due"));
        Assert.Equal(["每季度"], draft.Picked(0, 0, "frequency"));
        Assert.Empty(draft.Picked(0, 0, "target"));
        Assert.Empty(draft.Picked(0, 1, "due"));
        Assert.Contains("全年", draft.Sections[0].Items[1].Deadlines);
        Assert.Equal(["每周"], draft.Picked(0, 1, "frequency"));
        Assert.Equal(["不少于12次"], draft.Picked(0, 1, "target"));
        Assert.Equal(["焦溪村关工委", "郑陆法庭"], draft.Picked(0, 1, "owner").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(PlanDraft.Suggestions(draft.Sections[0].Items[2]), s => s.Kind is "due" or "frequency" or "target");
    }
}

/// <summary>The same through the import page, saved as tasks with their frequency; run once per provider.</summary>
public abstract class PlanFrequencyTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private const string Text = """
        郑陆镇2024年关心下一代工作要点
        一、加强组织建设
        1．每季度召开一次关工委工作例会，于2024年6月30日前完成辅导站挂牌。
        2．“五老”志愿者每周一次到网吧开展义务监督，全年开展活动不少于12次，由郑陆法庭、焦溪村关工委负责。
        3．适时开展走访慰问活动。
        4．各村、社区关工委暑期开展防溺水宣传。
        """;

    [Fact]
    public async Task Specific_suggestions_are_ticked_and_the_frequency_is_kept_apart_from_the_deadline()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var page = await officer.GetStringAsync("/plans/import");
        var parsed = await officer.PostAsync("/plans/import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "plan-parse", ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page), ["text"] = Text,
        }));
        var html = await parsed.Content.ReadAsStringAsync();
        var fields = HtmlForm.Fields(html, "plan-edit");
        var ticked = fields.Where(f => f.Key == "Edit.Pick").Select(f => f.Value).ToHashSet();
        var offered = Regex.Matches(WebUtility.HtmlDecode(html), "name=\"Edit.Pick\" value=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Superset(new HashSet<string> { "0.0.due|2024年6月30日前", "0.0.frequency|每季度", "0.1.frequency|每周", "0.1.target|不少于12次", "0.1.owner|郑陆法庭", "0.1.owner|焦溪村关工委" }, ticked);
        Assert.Superset(new HashSet<string> { "0.1.due|全年", "0.3.due|暑期", "0.3.owner|各村、社区关工委" }, offered);
        Assert.DoesNotContain("0.1.due|全年", ticked);
        Assert.DoesNotContain("0.3.due|暑期", ticked);
        Assert.DoesNotContain("0.3.owner|各村、社区关工委", ticked);
        Assert.DoesNotContain(offered, o => o is "0.0.target|召开一次" or "0.0.due|每季度" or "0.1.due|每周" or "0.1.owner|村关工委" || o.StartsWith("0.2.due", StringComparison.Ordinal));
        Assert.Contains("频次：每季度", WebUtility.HtmlDecode(html));

        var title = "郑陆镇2024年工作要点" + Guid.NewGuid().ToString("N")[..4];
        var saved = await officer.PostAsync("/plans/import", new FormUrlEncodedContent(fields.With("Edit.Op", "save").With("Edit.Title", title)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == title));
        var tasks = await App.WithDbAsync(db => db.PlanTasks.Include(t => t.Assignments).ThenInclude(a => a.Unit).Where(t => t.PlanId == plan.Id).OrderBy(t => t.Order).ToListAsync());
        Assert.Equal(["一、1", "一、2", "一、3", "一、4"], tasks.Select(t => t.Label));
        Assert.Equal(("每季度", new DateOnly(2024, 6, 30), (string?)null), (tasks[0].Frequency, tasks[0].DueDate!.Value, tasks[0].Target));
        Assert.Equal(("每周", (DateOnly?)null, "不少于12次"), (tasks[1].Frequency, tasks[1].DueDate, tasks[1].Target));
        Assert.Equal(["焦溪村关工委", "郑陆法庭关爱工作站"], tasks[1].Assignments.Select(a => a.Unit!.Name).Order(StringComparer.Ordinal));
        Assert.All(tasks[1].Assignments, a => Assert.Equal("每周", a.Frequency));
        Assert.Equal(["郑陆镇关工委"], tasks[3].Assignments.Select(a => a.Unit!.Name));
        Assert.Null(tasks[3].DueDate);

        var taskPage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/tasks/{tasks[0].Id}"));
        Assert.Matches("<dt>频次</dt><dd[^>]*>每季度</dd>", taskPage);
        Assert.Contains("每季度", WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{plan.Id}")));

        // Edited where the deadline is edited; the owners' copies follow.
        var edit = new Dictionary<string, string> { ["version"] = tasks[1].Version.ToString(), ["text"] = tasks[1].Text, ["due"] = "", ["target"] = "不少于12次", ["frequency"] = "每月" };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/plans/tasks/{tasks[1].Id}", "task-edit", edit)).StatusCode);
        Assert.All(await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.TaskId == tasks[1].Id).ToListAsync()), a => Assert.Equal(("每月", (DateOnly?)null), (a.Frequency, a.DueDate)));
        var version = await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == tasks[1].Id).Select(t => t.Version).SingleAsync());
        var tooLong = await officer.PostFormAsync($"/plans/tasks/{tasks[1].Id}", "task-edit", new Dictionary<string, string>(edit) { ["version"] = version.ToString(), ["frequency"] = new string('月', 51) });
        Assert.Contains("频次不能超过50个字", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));

        // The task list and its Excel show the frequency where the deadline shows.
        var village = await App.SignedInAsync("zl-jiaoxi");
        var listed = new List<string>();
        for (var n = 1; n <= 20 && !listed.Any(l => l.Contains(title, StringComparison.Ordinal)); n++)
        {
            listed.AddRange(Regex.Matches(WebUtility.HtmlDecode(await village.GetStringAsync($"/plans/assignments?page={n}")), "<tr[^>]*>[\\s\\S]*?</tr>").Select(m => m.Value));
        }

        Assert.Contains(listed, row => row.Contains(title, StringComparison.Ordinal) && row.Contains("<td data-label=\"期限\">每月</td>", StringComparison.Ordinal));
        var assignment = tasks[1].Assignments.Single(a => a.Unit!.Name == "焦溪村关工委");
        Assert.Matches("<dt>频次</dt><dd>每月</dd>", WebUtility.HtmlDecode(await village.GetStringAsync($"/plans/assignments/{assignment.Id}")));
        using (var stream = new MemoryStream(await (await officer.GetAsync("/plans/assignments/export")).Content.ReadAsByteArrayAsync()))
        {
            var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(rows, r => Equals(r["任务编号"], "一、2") && Equals(r["频次"], "每月") && Equals(r["责任单位"], "焦溪村关工委"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/plans/{plan.Id}", "plan-delete", new Dictionary<string, string>())).StatusCode);
    }
}

public sealed class PlanFrequencyTestsOnSqlite(SqliteAppFixture fixture) : PlanFrequencyTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PlanFrequencyTestsOnPostgres(PostgresAppFixture fixture) : PlanFrequencyTests(fixture), IClassFixture<PostgresAppFixture>;

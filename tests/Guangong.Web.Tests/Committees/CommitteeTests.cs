using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Committees;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Guangong.Web.Tests.Committees;

/// <summary>Leadership teams, rules and correspondents through the pages and the API; run once per provider.</summary>
public abstract class CommitteeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_wushenzhao_team_is_loaded_as_its_appendix_lists_it()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var team = await App.WithDbAsync(db => db.LeadershipPositions.Where(p => p.UnitId == town.Id && p.TermStart == new DateOnly(2021, 1, 1)).OrderBy(p => p.SortOrder).ToListAsync());
        Assert.Equal(10, team.Count);
        Assert.Equal(("主任", "宝音图", "党委副书记"), (team[0].Role, team[0].PersonName, team[0].PostElsewhere));
        Assert.Equal(["道格通毕力格", "郝和平"], team.Where(p => p.Role == "副主任").Select(p => p.PersonName));
        Assert.Contains(team, p => p.PersonName == "李林" && p.PostElsewhere == "查汗淖学校校长");
        Assert.Contains(team, p => p.PersonName == "塔娜");

        var officer = await App.SignedInAsync("wushenzhao");
        var roster = WebUtility.HtmlDecode(await officer.GetStringAsync($"/committees/{town.Id}/roster"));
        Assert.Contains("乌审召镇关工委组成成员", roster);
        Assert.Contains("宝音图（党委副书记）", roster);
        var before = WebUtility.HtmlDecode(await officer.GetStringAsync($"/committees/{town.Id}/roster?date=2020-06-01"));
        Assert.Contains("2020年6月1日", before);
        Assert.DoesNotContain("宝音图（党委副书记）", before);
    }

    [Fact]
    public async Task The_compliance_report_says_which_committee_fails_since_when_and_that_the_deadline_passed()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync("/committees/compliance"));
        Assert.Matches(@"焦溪村关工委</a></td>\s*<td[^>]*>配备主任</td>\s*<td[^>]*>2023年7月1日</td>\s*<td[^>]*>2023年12月31日</td>\s*<td[^>]*>已逾期", html);
        Assert.DoesNotContain("乌审召", html);

        var lines = await App.WithServiceAsync<CommitteeDirectory, IReadOnlyList<ComplianceLine>>(d => d.ComplianceAsync(), (await App.UnitAsync("乌审召镇关工委")).Id, (await App.UnitAsync("乌审召镇关工委")).Path);
        Assert.Contains(lines, l => l.Name == "乌审召嘎查关工委" && l.Rule.Kind == RuleKind.DirectorSet && l.Overdue && l.NoTeam);
        Assert.Contains(lines, l => l.Name == "乌审召嘎查关工委" && l.Rule.Kind == RuleKind.FiveElderOnTeam);
        Assert.DoesNotContain(lines, l => l.Name == "查汗庙嘎查关工委");
        Assert.DoesNotContain(lines, l => l.Name == "乌审召镇关工委" && l.Rule.Kind == RuleKind.DirectorSet);

        // The sheet says what the page says: no team recorded is no date (it printed today's, after the deadline).
        using var sheet = new MemoryStream(await (await App.SignedInAsync("wushenzhao")).GetByteArrayAsync("/committees/compliance/export"));
        var rows = MiniExcel.Query(sheet, useHeaderRow: true, sheetName: "班子配备达标情况").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => Equals(r["关工委"], "乌审召嘎查关工委") && Equals(r["自何时起"], "尚未录入班子") && r["整改期限"] is DateTime);
        Assert.All(rows, r => Assert.True(r["自何时起"] is "尚未录入班子" or DateTime, $"{r["关工委"]}: {r["自何时起"]}"));
    }

    [Fact]
    public async Task Adding_a_staff_member_makes_the_town_meet_the_rule_and_bad_input_is_refused()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var bad = await officer.PostFormAsync($"/committees/{town.Id}/positions/new", "position-create", new Dictionary<string, string>
        {
            ["Input.Role"] = "总监",
            ["Input.PersonName"] = "某某1",
            ["Input.Phone"] = "12345",
            ["Input.TermStart"] = "2023-13-01",
        });
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("职务请选择", html);
        Assert.Contains("不能有数字", html);
        Assert.Contains("电话应为11位手机号", html);
        Assert.Contains("日期格式应如", html);

        // The new form sent as it opens (成员, today, no name) had saved a blank "成员（空缺）" row.
        var blank = WebUtility.HtmlDecode(await (await officer.PostFormAsync($"/committees/{town.Id}/positions/new", "position-create", new Dictionary<string, string>
        {
            ["Input.Role"] = "成员",
            ["Input.PersonName"] = "",
            ["Input.TermStart"] = "2024-01-10",
        })).Content.ReadAsStringAsync());
        Assert.Contains("请填写成员姓名", blank);

        var name = ChineseName.Unique("白", 2);
        var ok = await officer.PostFormAsync($"/committees/{town.Id}/positions/new", "position-create", new Dictionary<string, string>
        {
            ["Input.Role"] = "干事",
            ["Input.PersonName"] = name,
            ["Input.TermStart"] = "2024-01-10",
            ["Input.SortOrder"] = "25",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var detail = await App.WithServiceAsync<CommitteeDirectory, CommitteeDetail?>(d => d.DetailAsync(town.Id, 2024), town.Id, town.Path);
        Assert.Null(detail!.Rules.Single(r => r.Rule.Kind == RuleKind.SecretaryOrStaffSet).FailingSince);

        var position = detail.Positions.Single(p => p.PersonName == name);
        var api = await App.ApiClientAsync("wushenzhao");
        var update = new { role = "干事", personName = name, postElsewhere = "镇政府干部", termStart = "2024-01-10", version = position.Version };
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/committees/positions/{position.Id}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"/api/v1/committees/positions/{position.Id}", update)).StatusCode);

        var json = await api.GetFromJsonAsync<JsonElement>($"/api/v1/committees/{town.Id}");
        Assert.Contains(json.GetProperty("team").EnumerateArray(), p => p.GetProperty("personName").GetString() == name);
    }

    [Fact]
    public async Task Another_towns_committee_is_neither_visible_nor_writable()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/committees/{zhenglu.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/committees/{zhenglu.Id}/roster")).StatusCode);
        var api = await App.ApiClientAsync("wushenzhao");
        var post = await api.PostAsJsonAsync($"/api/v1/committees/{zhenglu.Id}/positions", new { role = "成员", personName = "越权" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.LeadershipPositions.AnyAsync(p => p.PersonName == "越权")));
    }

    [Fact]
    public async Task A_viewer_cannot_write_the_checklist()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var viewer = await App.SignedInAsync("tianning");
        var page = await viewer.GetStringAsync($"/committees/{town.Id}?year=2022");
        Assert.DoesNotContain("value=\"checklist\"", page);
        var post = await viewer.PostAsync($"/committees/{town.Id}?year=2022", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "checklist",
            ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page),
            ["item"] = "纳入工作计划",
            ["version"] = "0",
        }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.CommitteeChecklists.AnyAsync(c => c.UnitId == town.Id && c.Year == 2022)));
    }

    [Fact]
    public async Task The_checklist_and_member_units_are_kept_per_committee()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var saved = await officer.PostFormAsync($"/committees/{town.Id}?year=2023", "checklist", new Dictionary<string, string>
        {
            ["item"] = "纳入党委议事日程",
            ["note"] = "镇党委会议纪要第3期",
            ["version"] = "0",
        });
        Assert.Contains("已保存", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        var checklist = await App.WithDbAsync(db => db.CommitteeChecklists.SingleAsync(c => c.UnitId == town.Id && c.Year == 2023));
        Assert.Equal("纳入党委议事日程", checklist.Achieved);

        var dup = await officer.PostFormAsync($"/committees/{town.Id}", "member-add", new Dictionary<string, string> { ["Member.Name"] = "郑陆法庭", ["Member.Category"] = "法庭" });
        Assert.Contains("该成员单位已在名单中", WebUtility.HtmlDecode(await dup.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Removing_a_member_unit_asks_first_and_then_says_what_was_removed()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var name = $"移除测试单位{Guid.NewGuid():N}"[..10];
        var next = $"后加单位{Guid.NewGuid():N}"[..10];
        await officer.PostFormAsync($"/committees/{town.Id}", "member-add", new Dictionary<string, string> { ["Member.Name"] = name, ["Member.Category"] = "法庭" });
        await officer.PostFormAsync($"/committees/{town.Id}", "member-add", new Dictionary<string, string> { ["Member.Name"] = next });
        var member = await App.WithDbAsync(db => db.MemberUnits.SingleAsync(m => m.Name == name));

        // The remove button sits inside the question, behind a first tap on 移除.
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/committees/{town.Id}"));
        Assert.Matches($"<details class=\"confirm-step\">\\s*<summary[^>]*>移除</summary>[\\s\\S]*?确定把「{name}」从成员单位中移除吗？[\\s\\S]*?member-remove-{member.Id}[\\s\\S]*?确认移除", html);

        var removed = await officer.PostFormAsync($"/committees/{town.Id}", $"member-remove-{member.Id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = WebUtility.HtmlDecode(await officer.GetStringAsync(removed.Headers.Location));
        Assert.Contains($"已移除成员单位「{name}」", after);
        Assert.False(await App.WithDbAsync(db => db.MemberUnits.AnyAsync(m => m.Id == member.Id)));

        // A mistake is undone from the same message: the unit comes back as it was, once.
        Assert.Contains("撤销（放回名单）", after);
        var fields = HtmlForm.Fields(after, "member-undo").ToDictionary();
        var undone = await officer.PostAsync(removed.Headers.Location, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var restored = WebUtility.HtmlDecode(await officer.GetStringAsync(undone.Headers.Location));
        Assert.Contains($"已把「{name}」放回成员单位名单", restored);
        var back = await App.WithDbAsync(db => db.MemberUnits.SingleAsync(m => m.Name == name));
        Assert.Equal(("法庭", town.Id, member.Id), (back.Category, back.UnitId, back.Id));

        // It goes back to its place in the list, not after the units added since.
        var list = restored[restored.IndexOf("class=\"member-units\"", StringComparison.Ordinal)..];
        Assert.True(list.IndexOf(name, StringComparison.Ordinal) < list.IndexOf(next, StringComparison.Ordinal));
        var again = await officer.PostAsync(removed.Headers.Location, new FormUrlEncodedContent(fields));
        Assert.DoesNotContain("放回成员单位名单", WebUtility.HtmlDecode(await officer.GetStringAsync(again.Headers.Location)));
        Assert.Equal(1, await App.WithDbAsync(db => db.MemberUnits.CountAsync(m => m.Name == name)));

        // Another officer cannot undo this officer's removal.
        var other = await App.SignedInAsync("admin");
        Assert.DoesNotContain("撤销（放回名单）", WebUtility.HtmlDecode(await other.GetStringAsync(removed.Headers.Location)));
    }

    [Fact]
    public async Task The_same_correspondent_for_the_same_unit_and_time_is_registered_once()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.UnitAsync("焦溪村关工委");
        var name = "张通讯" + Guid.NewGuid().ToString("N")[..3];
        Task<CommandResult<Correspondent>> Save(string? from, string? to, long unitId) =>
            App.WithServiceAsync<CorrespondentCommands, CommandResult<Correspondent>>(c => c.SaveCorrespondentAsync(null,
                new CorrespondentInput { Name = name, UnitId = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), Grid = "第一网格", FromDate = from, ToDate = to }), town.Id, town.Path);

        Assert.True((await Save("2026-01-01", null, village.Id)).Succeeded);
        var again = await Save("2026-06-01", "2026-12-31", village.Id);
        Assert.Contains(again.Errors, e => e.Field == nameof(CorrespondentInput.Name) && e.Message.Contains("不必重复登记", StringComparison.Ordinal));

        // Another unit, or a period that does not overlap, is another registration.
        Assert.True((await Save("2026-01-01", null, town.Id)).Succeeded);
        Assert.True((await Save("2024-01-01", "2024-12-31", village.Id)).Succeeded);
        Assert.Equal(3, await App.WithDbAsync(db => db.Correspondents.CountAsync(c => c.Name == name)));
    }
}

public sealed class CommitteeTestsOnSqlite(SqliteAppFixture fixture) : CommitteeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class CommitteeTestsOnPostgres(PostgresAppFixture fixture) : CommitteeTests(fixture), IClassFixture<PostgresAppFixture>;

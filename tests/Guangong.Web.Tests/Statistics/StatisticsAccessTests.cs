using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Statistics;

/// <summary>Issue 17: the scope of the statistics pages and API, reporting periods and their bad input, the exports.</summary>
public sealed class StatisticsAccessTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_school_reads_its_own_figures_and_nothing_above_or_beside_it()
    {
        var school = await App.UnitAsync("乌审召小学");
        var sibling = await App.UnitAsync("查汗淖学校");
        var town = await App.UnitAsync("乌审召镇关工委");
        var api = await App.ApiClientAsync("wsz-school");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/statistics?unit={school.Id}")).StatusCode);
        foreach (var id in new[] { sibling.Id, town.Id, 99_999_999 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/statistics?unit={id}")).StatusCode);
        }

        var browser = await App.SignedInAsync("wsz-school");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/statistics?unit={sibling.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/statistics/compare?unit={town.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/statistics/annual/docx?unit={town.Id}")).StatusCode);

        // The town sees the school among its children, with the per-child breakdown.
        var townApi = await App.ApiClientAsync("wushenzhao");
        var body = await townApi.GetFromJsonAsync<JsonElement>($"/api/v1/statistics?unit={town.Id}&from=2020-01&to=2026-12");
        Assert.Contains(body.GetProperty("children").EnumerateArray(), c => c.GetProperty("id").GetInt64() == school.Id);
        Assert.Contains("zerocrime", await (await townApi.GetAsync("/api/v1/indicators")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Committees_meeting_their_rules_count_as_the_committee_list_judges_them()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var rows = await App.WithServiceAsync<Guangong.Web.Features.Committees.CommitteeDirectory, IReadOnlyList<Guangong.Web.Features.Committees.CommitteeRow>>(d => d.ListAsync(null), town.Id, town.Path);
        Assert.Contains(rows, r => r.FailingRules > 0); // the demo has both kinds, so the split below means something
        Assert.Contains(rows, r => r.FailingRules == 0);

        // The list judges the teams today: so does this year's figure (a past year's is judged on its last day).
        var year = Guangong.Web.Infrastructure.Time.ChinaTime.Today(TimeProvider.System).Year;
        var api = await App.ApiClientAsync("zhenglu");
        var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/statistics?unit={town.Id}&from={year}-01&to={year}-12");
        decimal Value(string key) => body.GetProperty("values").EnumerateArray()
            .Where(f => f.GetProperty("code").GetString() == "committees.rules" && f.GetProperty("key").GetString() == key)
            .Sum(f => f.GetProperty("value").GetDecimal());
        Assert.Equal((rows.Count(r => r.FailingRules == 0), rows.Count(r => r.FailingRules > 0)), ((int)Value("达标"), (int)Value("未达标")));

        var page = System.Net.WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/statistics?year={year}"));
        Assert.Contains($"{rows.Count(r => r.FailingRules == 0)} / {rows.Count}</span><span class=\"tile-label\">关工委班子达标（今天）", page);
    }

    [Fact]
    public async Task Plan_progress_reads_by_section_in_a_town_and_by_the_units_below_from_a_district_up()
    {
        // The district runs no plan of its own: its towns' plans are theirs, counted town by town, and add up to its tile.
        var district = WebUtility.HtmlDecode(await (await App.SignedInAsync("tianning")).GetStringAsync("/statistics?year=2023"));
        Assert.Contains("2023年工作计划进度（按下级单位）", district);
        var rows = System.Text.RegularExpressions.Regex.Matches(district,
            "<tr><td data-label=\"单位\">([^<]+)</td><td data-label=\"任务\"><a href=\"/plans/assignments\">(\\d+)</a></td><td data-label=\"已完成\">(\\d+)</td><td data-label=\"已逾期\">(\\d+)</td></tr>");
        Assert.Contains(rows, r => r.Groups[1].Value == "郑陆镇关工委" && int.Parse(r.Groups[2].Value) > 0);
        var (done, overdue) = (rows.Sum(r => int.Parse(r.Groups[3].Value)), rows.Sum(r => int.Parse(r.Groups[4].Value)));
        Assert.Contains($"{done} / {overdue}</span><span class=\"tile-label\">计划任务 完成/逾期", district);

        var town = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync("/statistics?year=2023"));
        Assert.Contains("2023年工作计划进度（按部分）", town);
        Assert.Contains("<td data-label=\"部分\">", town);

        // A village does not see its town's plan, but its own assignments count, under the plan's title.
        var village = WebUtility.HtmlDecode(await (await App.SignedInAsync("zl-jiaoxi")).GetStringAsync("/statistics?year=2023"));
        Assert.Contains("<td data-label=\"部分\">郑陆镇2023年关心下一代工作意见</td>", village);
        Assert.DoesNotContain("0 / 0</span><span class=\"tile-label\">计划任务", village);
    }

    [Theory]
    [InlineData("from=2025-05&to=2025-03", "早于")]
    [InlineData("from=abc", "起始月份无效")]
    [InlineData("from=2025-13", "起始月份无效")]
    public async Task A_period_that_does_not_read_is_refused_with_a_message(string query, string message)
    {
        var api = await App.ApiClientAsync("wushenzhao");
        var response = await api.GetAsync($"/api/v1/statistics?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_period_is_closed_once_submitted_and_reopened_only_from_above_with_a_reason()
    {
        var school = await App.UnitAsync("乌审召小学");
        var town = await App.UnitAsync("乌审召镇关工委");
        var recorder = await App.ApiClientAsync("wsz-school");
        var period = new { unit = school.Id.ToString(), kind = "month", year = "2025", number = "6" };

        var closed = await recorder.PostAsJsonAsync("/api/v1/reports/close", period);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var id = (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var twice = await recorder.PostAsJsonAsync("/api/v1/reports/close", period);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("不能重复关账", await twice.Content.ReadAsStringAsync());
        var future = await recorder.PostAsJsonAsync("/api/v1/reports/close", new { unit = school.Id.ToString(), kind = "year", year = "2099" });
        Assert.Contains("尚未结束", await future.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await recorder.PostAsync($"/api/v1/reports/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await recorder.PostAsJsonAsync($"/api/v1/reports/{id}/reopen", new { reason = "自己想改" })).StatusCode);

        // The town sees the school's report, then reopens it only with a reason.
        var officer = await App.ApiClientAsync("wushenzhao");
        var overview = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/reports?unit={town.Id}&kind=month&year=2025&number=6");
        var line = overview.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("unit").GetProperty("id").GetInt64() == school.Id);
        Assert.Equal("Submitted", line.GetProperty("period").GetProperty("status").GetString());
        Assert.True(line.GetProperty("late").GetBoolean() is false);

        // The level above the town (乌审旗, read here by the administrator) sees beside the town which of its units have
        // not reported the month: the school has, the others have not, and the deadline has passed.
        var (district, other) = await App.WithDbAsync(async db => (
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Units.Where(u => u.Id == town.ParentId).Select(u => u.Id)),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Units.Where(u => u.ParentId == town.Id && u.IsActive && u.Id != school.Id).Select(u => u.Name))));
        var html = WebUtility.HtmlDecode(await (await App.SignedInAsync("admin")).GetStringAsync($"/statistics/reports?unit={district}&kind=month&year=2025&number=6"));
        var row = html.Split("<tr").Single(r => r.Contains($">{town.Name}</a>", StringComparison.Ordinal));
        Assert.Contains("逾期未报：", row);
        Assert.Contains(other, row);
        Assert.DoesNotContain(school.Name, row);
        var noReason = await officer.PostAsJsonAsync($"/api/v1/reports/{id}/reopen", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("原因", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/reports/{id}/reopen", new { reason = "补录六月活动" })).StatusCode);
        var audited = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEntries, a => a.Entity == "ReportPeriod" && a.Changes!.Contains("补录六月活动")));
        Assert.True(audited);
    }

    [Fact]
    public async Task The_pages_answer_and_the_exports_are_files()
    {
        var officer = await App.SignedInAsync("zhenglu");
        foreach (var url in new[] { "/statistics", "/statistics/compare?sort=youth&desc=true", "/statistics/reports?kind=quarter&year=2025&number=2", "/statistics/annual", "/statistics/indicators", "/statistics/reports?kind=x&year=abc" })
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(url)).StatusCode);
        }

        var xlsx = await officer.GetAsync("/statistics/compare/export?year=2025");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var docx = await (await officer.GetAsync("/statistics/annual/docx?year=2025")).Content.ReadAsByteArrayAsync();
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(docx, 0, 2));

        var bad = await officer.PostFormAsync("/statistics/annual?year=2025", "annual-typed", new Dictionary<string, string> { ["Typed[typed.funds.grant]"] = "-3" });
        Assert.Contains("最多两位小数", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        var ok = await officer.PostFormAsync("/statistics/annual?year=2025", "annual-typed", new Dictionary<string, string> { ["Typed[typed.funds.grant]"] = "12.5" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("12.5", await officer.GetStringAsync("/statistics/annual?year=2025"));

        // A link cannot show a message of its own choosing as the page's green notice.
        var spoofed = WebUtility.HtmlDecode(await officer.GetStringAsync("/statistics/reports?done=" + Uri.EscapeDataString("数据已全部删除，请联系 http://evil.example")));
        Assert.DoesNotContain("数据已全部删除", spoofed);
        Assert.Contains("已上报。", WebUtility.HtmlDecode(await officer.GetStringAsync("/statistics/reports?done=submitted")));

        // A month not over offers no 关账 (it could only be refused), and a month typed full-width in the address is read.
        var future = WebUtility.HtmlDecode(await officer.GetStringAsync("/statistics/reports?kind=month&year=2099&number=1"));
        Assert.Contains("2099年1月尚未结束，结束后才能关账。", future);
        Assert.DoesNotContain("关账（快照本期数据）", future);
        var past = WebUtility.HtmlDecode(await officer.GetStringAsync("/statistics/reports?kind=month&year=２０２５&number=１２"));
        Assert.Contains("本单位 2025年12月", past);
        Assert.DoesNotContain("月份应为", past);
        // Closing is said to be final before the tap.
        Assert.Contains("关账后本期数据即定稿，如需修改，须由上级重新打开。", past);
    }
}

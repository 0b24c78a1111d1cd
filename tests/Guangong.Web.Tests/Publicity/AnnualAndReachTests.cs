using System.Net;
using System.Net.Http.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Tests.Infrastructure;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Publicity;

/// <summary>The year's ranking with its 奖惩 and 宣传培训, and a village using the town's outlets.</summary>
public abstract class AnnualAndReachTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_correspondent_owes_no_quota_in_the_months_before_their_start()
    {
        var t = await PublicityTown.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            (await db.Correspondents.SingleAsync(c => c.Id == t.VillageAuthorId)).FromDate = new DateOnly(2023, 6, 1);
            return await db.SaveChangesAsync();
        });
        var months = await App.WithServiceAsync<Web.Features.Publicity.PublicityMonths, IReadOnlyList<Web.Features.Publicity.MonthReport>>(m => m.MonthsAsync(2023, 1, 12), t.Town.Id, t.Town.Path);
        Assert.DoesNotContain(months.Where(r => r.Month < 6), r => r.People.Any(p => p.CorrespondentId == t.VillageAuthorId));
        Assert.All(months.Where(r => r.Month >= 6), r => Assert.True(r.People.Single(p => p.CorrespondentId == t.VillageAuthorId).Quota > 0));
    }

    [Fact]
    public async Task Correspondents_who_sent_nothing_are_not_given_places()
    {
        var t = await PublicityTown.CreateAsync(App);
        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/annual?year={DateTime.UtcNow.AddHours(8).Year}"));
        Assert.Contains("（无报送）</option>", page);
        Assert.DoesNotContain("（第1名）", page);
        Assert.Contains("年还没有单位报送稿件，没有单位排名。", page);
        var now = DateTime.UtcNow.AddHours(8);
        var month = WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/scores?year={now.Year}&month={now.Month}"));
        Assert.Contains("<td data-label=\"排名\">—</td>", month);
        Assert.DoesNotContain("<td data-label=\"排名\">1</td>", month);
    }

    [Fact]
    public async Task The_year_ranks_by_points_records_rewards_against_it_counts_publicity_training_and_exports()
    {
        var t = await PublicityTown.CreateAsync(App);
        var reporter = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        var village = (await t.ArticleAsync(App, written: "2023-03-05")).GetProperty("id").GetInt64();
        var town = (await t.ArticleAsync(App, written: "2023-04-05", firstAuthor: t.ReporterId)).GetProperty("id").GetInt64();
        await reporter.PostAsJsonAsync($"/api/v1/articles/{village}/adoptions", new { outletId = t.ProvinceOutlet.ToString(), date = "2023-03-08", link = "https://example.org/a" });
        await reporter.PostAsJsonAsync($"/api/v1/articles/{town}/adoptions", new { outletId = t.TownOutlet.ToString(), date = "2023-04-08", link = "https://example.org/b" });
        await App.WithDbAsync(async db =>
        {
            // 村通讯员 is also on the roster: the publicity training they attended counts for them.
            var v = new Volunteer { UnitId = t.Village.Id, UnitPath = t.Village.Path, Name = "村通讯员", BirthYear = 1960, StatusDate = new DateOnly(2023, 1, 1) };
            db.Volunteers.Add(v);
            var s = new TrainingSession { UnitId = t.Town.Id, UnitPath = t.Town.Path, Topic = "通讯员写作培训", Kind = TrainingKinds.Publicity, Date = new DateOnly(2023, 5, 6), Hours = 2.5m };
            s.Attendees.Add(new TrainingAttendance { Volunteer = v, UnitId = t.Town.Id, UnitPath = t.Town.Path });
            db.TrainingSessions.Add(s);
            return await db.SaveChangesAsync();
        });

        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);

        // A town whose articles are all from a past year opens its publicity views on them, not on this year's zeros.
        Assert.Contains("2023年信息宣传年度排名与奖惩", WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/annual")));
        Assert.Contains("2023年4月信息宣传统计", WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/scores")));
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/annual?year=2023"));
        Assert.Matches($"<td data-label=\"名次\">1</td>\\s*<td data-label=\"通讯员\">村通讯员</td>", html);
        Assert.Matches($"<td data-label=\"名次\">2</td>\\s*<td data-label=\"通讯员\">宣传员</td>", html);
        Assert.Contains("1次/2.5小时", html);
        Assert.Contains("2023年举办信息宣传培训1次，共2.5小时", html);

        var missing = await officer.PostFormAsync("/publicity/annual?year=2023", "annual-award", new Dictionary<string, string> { ["Award.Target"] = $"c-{t.VillageAuthorId}", ["Award.Kind"] = "Reward", ["Award.DecidedOn"] = "2024-01-10" });
        var refused = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("请写明奖惩理由", refused);
        Assert.Contains("请写明决定机关或会议", refused);
        var saved = await officer.PostFormAsync("/publicity/annual?year=2023", "annual-award", new Dictionary<string, string>
        {
            ["Award.Target"] = $"c-{t.VillageAuthorId}", ["Award.Kind"] = "Reward", ["Award.Reason"] = "年度积分第一", ["Award.Form"] = "奖金300元",
            ["Award.DecidedOn"] = "2024-01-10", ["Award.DecidedBy"] = "镇关工委主任办公会",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("奖励：奖金300元", WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/annual?year=2023")));
        var award = await App.WithDbAsync(db => db.PublicityAwards.SingleAsync(a => a.UnitId == t.Town.Id));
        Assert.Equal(("村通讯员", "年度积分第一", new DateOnly(2024, 1, 10)), (award.TargetName, award.Reason, award.DecidedOn));

        var export = await officer.GetAsync("/publicity/annual/export?year=2023");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(["单位排名", "通讯员排名", "奖惩记录"], MiniExcel.GetSheetNames(stream));
        var first = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "通讯员排名").Cast<IDictionary<string, object>>().First();
        Assert.Equal(("村通讯员", "奖励：奖金300元"), (first["通讯员"]?.ToString(), first["奖惩"]?.ToString()));
        // Both articles are the village's, sent in March and April: it is silent the other ten months of 2023.
        var unit = Assert.Single(MiniExcel.Query(stream, useHeaderRow: true, sheetName: "单位排名").Cast<IDictionary<string, object>>());
        Assert.Equal((t.Village.Name, "2", "10"), (unit["单位"]?.ToString(), unit["报送"]?.ToString(), unit["无报送月数"]?.ToString()));

        var reporterPage = await App.SignedInAsync(t.Reporter, PublicityTown.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporterPage.GetAsync("/publicity/annual?year=2023")).StatusCode);
    }

    [Fact]
    public async Task Points_read_the_same_on_the_month_and_the_year_without_trailing_zeros()
    {
        var t = await PublicityTown.CreateAsync(App);
        var reporter = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        foreach (var day in new[] { "2023-04-05", "2023-04-06" })
        {
            var id = (await t.ArticleAsync(App, written: day, firstAuthor: t.ReporterId)).GetProperty("id").GetInt64();
            await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.TownOutlet.ToString(), date = day, link = "https://example.org/" + day });
        }

        // Two town-level briefs at 0.5 each: a decimal sum keeps its parts' scale, so the total came out as "1.0" on the year.
        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        foreach (var page in new[] { "/publicity/annual?year=2023", "/publicity/scores?year=2023&month=4" })
        {
            var html = WebUtility.HtmlDecode(await officer.GetStringAsync(page));
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "<td data-label=\"积分\">1</td>").Count);
            Assert.DoesNotContain("<td data-label=\"积分\">1.0</td>", html);
        }
    }

    [Fact]
    public async Task A_village_recorder_picks_the_towns_outlets_but_cannot_edit_them()
    {
        var t = await PublicityTown.CreateAsync(App);
        var recorder = await PublicityTown.UserAsync(App, "prv" + Guid.NewGuid().ToString("N")[..6], t.Village.Id, RoleNames.Recorder);
        var id = (await t.ArticleAsync(App, written: "2023-05-10")).GetProperty("id").GetInt64();

        var browser = await App.SignedInAsync(recorder, PublicityTown.Password);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/publicity/articles/{id}"));
        Assert.Contains($"<option value=\"{t.CityOutlet}\"", page);
        var api = await App.ApiClientAsync(recorder, PublicityTown.Password);
        var adopted = await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-05-12", pageIssue = "第2版" });
        Assert.Equal(HttpStatusCode.Created, adopted.StatusCode);
        Assert.Contains("市日报", WebUtility.HtmlDecode(await browser.GetStringAsync($"/publicity/articles/{id}")));

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/publicity/outlets")).StatusCode);
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var foreign = await App.WithDbAsync(async db =>
        {
            var o = new Guangong.Web.Features.Publicity.Outlet { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Name = "郑陆外媒" + Guid.NewGuid().ToString("N")[..4], Level = Guangong.Web.Features.Publicity.OutletLevel.District, Kind = Guangong.Web.Features.Publicity.OutletKind.Website };
            db.Outlets.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });
        var other = await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = foreign.ToString(), date = "2023-05-13", pageIssue = "第3版" });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("请选择采用的媒体", await other.Content.ReadAsStringAsync());
    }
}

public sealed class AnnualAndReachTestsOnSqlite(SqliteAppFixture fixture) : AnnualAndReachTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AnnualAndReachTestsOnPostgres(PostgresAppFixture fixture) : AnnualAndReachTests(fixture), IClassFixture<PostgresAppFixture>;

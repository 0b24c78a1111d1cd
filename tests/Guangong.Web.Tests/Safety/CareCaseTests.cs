using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Safety.CareCases;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>关爱站 cases: only the owning station's case workers read them, every read and refusal is logged, erasure keeps counts.</summary>
public abstract class CareCaseTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_case_worker_records_a_case_and_each_view_lands_in_its_own_access_log()
    {
        var station = await App.StationAsync();
        var worker = await App.UserAsync(station.Id);
        var client = await App.SignedInAsync(worker, CareStations.Password);
        var name = ChineseName.Unique("林", 2);
        var created = await client.PostFormAsync("/care-cases", "care-case-add", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(CareCaseKind.JudicialProtection),
            ["Input.OpenedOn"] = "2024-05-06",
            ["Input.MinorName"] = name,
            ["Input.BirthYear"] = "2011",
            ["Input.Situation"] = "父母外出务工",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var address = created.Headers.Location!.ToString();
        var id = long.Parse(address.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/care-cases"));
        Assert.Contains(CareCaseDirectory.Mask(name, false), list);
        Assert.DoesNotContain(name, list);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/care-cases/{id}"));
        Assert.Contains(name, page);
        Assert.Contains("父母外出务工", page);
        Assert.Matches($@"access-log[\s\S]*{worker}[\s\S]*查看关爱个案（页面）", page);
        var views = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(CareCase) && a.EntityId == id.ToString() && a.Action == AuditActions.View && a.UserName == worker));
        Assert.Equal(1, views);

        var api = await App.ApiClientAsync(worker, CareStations.Password);
        var json = await api.GetFromJsonAsync<JsonElement>($"/api/v1/care-cases/{id}");
        Assert.Equal(name, json.GetProperty("minorName").GetString());
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(CareCase) && a.EntityId == id.ToString() && a.Action == AuditActions.View)));
        // The audit trail of the creation says a personal field was set, never what it was.
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains(name))));
    }

    [Fact]
    public async Task Bad_case_input_is_refused_beside_its_field_and_nothing_is_saved()
    {
        var station = await App.StationAsync();
        var client = await App.SignedInAsync(await App.UserAsync(station.Id), CareStations.Password);
        var bad = await client.PostFormAsync("/care-cases", "care-case-add", new Dictionary<string, string>
        {
            ["Input.Kind"] = "7",
            ["Input.OpenedOn"] = "2099-01-01",
            ["Input.MinorName"] = "小明2号",
            ["Input.BirthYear"] = "1990",
        });
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("请选择个案类别", html);
        Assert.Contains("不能有数字或符号", html);
        Assert.Contains("（未成年人）", html);
        Assert.Matches("立案日期不能晚于今天|日期", html);
        Assert.False(await App.WithDbAsync(db => db.CareCases.AnyAsync(c => c.UnitId == station.Id)));

        var id = await App.CaseAsync(station, ChineseName.Unique("高", 2));
        var visit = await client.PostFormAsync($"/care-cases/{id}", "care-visit", new Dictionary<string, string> { ["Visit.Date"] = "2024-01-01", ["Visit.Name"] = "张老师" });
        Assert.Contains("不能早于立案日期2024年3月1日", WebUtility.HtmlDecode(await visit.Content.ReadAsStringAsync()));
        var consent = await client.PostFormAsync($"/care-cases/{id}", "care-consent", new Dictionary<string, string> { ["Consent.Name"] = "王芳", ["Consent.Date"] = "2024-04-01", ["Consent.Version"] = "99" });
        Assert.Contains("该记录已被他人修改", WebUtility.HtmlDecode(await consent.Content.ReadAsStringAsync()));
        Assert.False(await App.WithDbAsync(db => db.CareVisits.AnyAsync(v => v.CaseId == id)));
        Assert.Null(await App.WithDbAsync(db => db.CareCases.Where(c => c.Id == id).Select(c => c.GuardianName).SingleAsync()));
    }

    [Fact]
    public async Task The_town_officer_the_district_viewer_the_admin_and_another_station_get_404_and_every_refusal_is_logged()
    {
        var station = await App.StationAsync();
        var name = ChineseName.Unique("罗", 2);
        var id = await App.CaseAsync(station, name);
        var other = await App.StationAsync(Guangong.Web.Features.Organization.UnitKind.CareStationPolice);
        var otherWorker = await App.UserAsync(other.Id);
        var sameStationOfficer = await App.UserAsync(station.Id, Guangong.Web.Features.Accounts.RoleNames.Officer);

        foreach (var (user, password) in new[] { ("zhenglu", HttpSession.DemoPassword), ("tianning", HttpSession.DemoPassword), ("admin", HttpSession.DemoPassword), (otherWorker, CareStations.Password), (sameStationOfficer, CareStations.Password) })
        {
            var client = await App.SignedInAsync(user, password);
            var page = await client.GetAsync($"/care-cases/{id}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain(name, await page.Content.ReadAsStringAsync());
            var api = await App.ApiClientAsync(user, password);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/care-cases/{id}")).StatusCode);
            var refused = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(CareCase) && a.EntityId == id.ToString() && a.Action == AuditActions.AccessDenied && a.UserName == user));
            Assert.Equal(2, refused);
        }

        var officerApi = await App.ApiClientAsync("zhenglu");
        Assert.Equal(HttpStatusCode.NotFound, (await officerApi.GetAsync("/api/v1/care-cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerApi.PostAsJsonAsync($"/api/v1/care-cases/{id}/visits", new { date = "2024-05-01", name = "越权" })).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.CareVisits.AnyAsync(v => v.CaseId == id)));
        var summary = await officerApi.GetStringAsync("/api/v1/care-cases/summary");
        Assert.DoesNotContain(name, summary);
        var counts = JsonDocument.Parse(summary).RootElement.EnumerateArray().Where(c => c.GetProperty("stationId").GetInt64() == station.Id).ToList();
        Assert.Equal(1, counts.Single().GetProperty("open").GetInt32());

        // The refusals show in the case's access log, to its case worker and to the admin (who still cannot read the case).
        var worker = await App.SignedInAsync(await App.UserAsync(station.Id), CareStations.Password);
        var log = WebUtility.HtmlDecode(await worker.GetStringAsync($"/care-cases/{id}"));
        Assert.Contains("zhenglu", log);
        Assert.Contains("越权访问", log);
        var admin = await App.SignedInAsync("admin");
        var adminLog = WebUtility.HtmlDecode(await admin.GetStringAsync($"/care-cases/{id}/access"));
        Assert.Contains("tianning", adminLog);
        Assert.DoesNotContain(name, adminLog);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.SignedInAsync("zhenglu")).GetAsync($"/care-cases/{id}/access")).StatusCode);
    }

    [Fact]
    public async Task An_anonymised_case_keeps_its_counts_and_its_personal_fields_are_in_no_page_export_or_api()
    {
        var station = await App.StationAsync();
        var workerName = await App.UserAsync(station.Id);
        var worker = await App.SignedInAsync(workerName, CareStations.Password);
        var name = ChineseName.Unique("韩", 2);
        var id = await App.CaseAsync(station, name);
        var version = await App.WithDbAsync(db => db.CareCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var api = await App.ApiClientAsync(workerName, CareStations.Password);
        var tooEarly = await api.PostAsJsonAsync($"/api/v1/care-cases/{id}/erase", new { version });
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("只有已结案的个案才能匿名化", await tooEarly.Content.ReadAsStringAsync());
        Assert.Equal(name, await App.WithDbAsync(db => db.CareCases.Where(c => c.Id == id).Select(c => c.MinorName).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/care-cases/{id}", "care-visit", new Dictionary<string, string> { ["Visit.Date"] = "2024-04-02", ["Visit.Name"] = "郑德明", ["Visit.Note"] = name + "在家" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/care-cases/{id}", "care-close", new Dictionary<string, string> { ["Close.Date"] = "2024-06-30", ["Close.Version"] = version.ToString() })).StatusCode);
        var before = await App.WithServiceAsync<CareCaseDirectory, IReadOnlyList<CareCount>>(d => d.SummaryAsync(null), station.Id, station.Path);
        version = await App.WithDbAsync(db => db.CareCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/care-cases/{id}", "care-erase", new Dictionary<string, string> { ["Erase.Version"] = version.ToString() })).StatusCode);

        var page = WebUtility.HtmlDecode(await worker.GetStringAsync($"/care-cases/{id}"));
        Assert.Contains(CareCaseCommands.ErasedMessage, page);
        Assert.DoesNotContain(name, page);
        Assert.DoesNotContain("测试中学", page);
        Assert.Contains("走访记录（1 次）", page);
        var json = await api.GetStringAsync($"/api/v1/care-cases/{id}");
        Assert.DoesNotContain(name, json);
        Assert.Contains(CareCaseCommands.ErasedMessage, JsonDocument.Parse(json).RootElement.GetProperty("erasedNote").GetString());
        Assert.DoesNotContain(name, await api.GetStringAsync("/api/v1/care-cases"));
        var visit = await api.PostAsJsonAsync($"/api/v1/care-cases/{id}/visits", new { date = "2024-07-01", name = "郑德明" });
        Assert.Equal(HttpStatusCode.BadRequest, visit.StatusCode);

        var export = await worker.GetAsync("/care-cases/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain(name, SheetText(await export.Content.ReadAsByteArrayAsync()));

        var after = await App.WithServiceAsync<CareCaseDirectory, IReadOnlyList<CareCount>>(d => d.SummaryAsync(null), station.Id, station.Path);
        Assert.Equal(before.Single().Closed, after.Single().Closed);
        Assert.Equal(1, after.Single().Erased);
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains(name))));
        Assert.False(await App.WithDbAsync(db => db.CareVisits.AnyAsync(v => v.CaseId == id && v.Note != null)));
    }

    [Fact]
    public async Task Exports_of_cases_carry_no_names_and_answer_404_to_others()
    {
        var station = await App.StationAsync();
        var name = ChineseName.Unique("曹", 2);
        await App.CaseAsync(station, name);
        var worker = await App.SignedInAsync(await App.UserAsync(station.Id), CareStations.Password);
        var text = SheetText(await worker.GetByteArrayAsync("/care-cases/export"));
        Assert.Contains("社区矫正", text);
        Assert.DoesNotContain(name, text);
        Assert.DoesNotContain("测试中学", text);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("zhenglu")).GetAsync("/care-cases/export")).StatusCode);
    }

    private static string SheetText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}

public sealed class CareCaseTestsOnSqlite(SqliteAppFixture fixture) : CareCaseTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class CareCaseTestsOnPostgres(PostgresAppFixture fixture) : CareCaseTests(fixture), IClassFixture<PostgresAppFixture>;

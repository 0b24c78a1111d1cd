using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Stations;

/// <summary>The 校外教育辅导站 registry, its overview and API; run once per provider.</summary>
public abstract class StationTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Zhenglu_has_stations_at_each_stage_and_the_api_answers_by_town_with_stage_and_honours()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var api = await App.ApiClientAsync("zhenglu");
        var stations = await api.GetFromJsonAsync<JsonElement>($"/api/v1/stations?unit={town.Id}");
        var byName = stations.GetProperty("items").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("Consolidating", byName["焦溪村校外教育辅导站"].GetProperty("stage").GetString());
        Assert.Equal("区优", byName["焦溪村校外教育辅导站"].GetProperty("honour").GetString());
        Assert.Equal("Creating", byName["舜山村校外教育辅导站"].GetProperty("stage").GetString());
        Assert.True(byName["舜山村校外教育辅导站"].GetProperty("gaps").GetInt32() > 0);
        Assert.Equal("Planned", byName["查家村校外教育辅导站"].GetProperty("stage").GetString());
        Assert.Equal("市优", byName["郑陆社区校外教育辅导站"].GetProperty("honour").GetString());
        Assert.False(byName["焦溪村校外教育辅导站"].GetProperty("inactive").GetBoolean());
        Assert.True(byName["舜山村校外教育辅导站"].GetProperty("inactive").GetBoolean());
        Assert.False(byName["查家村校外教育辅导站"].GetProperty("inactive").GetBoolean());

        var other = await App.ApiClientAsync("wushenzhao");
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>($"/api/v1/stations?unit={town.Id}")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/stations/{byName["焦溪村校外教育辅导站"].GetProperty("id").GetInt64()}")).StatusCode);

        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync("/stations"));
        Assert.Contains("创建中、今年仍有差距的辅导站", page);
        Assert.Matches("舜山村校外教育辅导站</a>：\\d+项未得满分", page);

        // A self-assessment not yet reviewed is no level: the list says it awaits review instead of 100分 市优.
        var year = DateTime.UtcNow.AddHours(8).Year;
        var drafts = await App.WithDbAsync(db => db.Assessments.Where(a => a.Year == year && a.Program == Features.Assessments.ProgramKind.Station && a.Status != Features.Assessments.AssessmentStatus.Reviewed && a.UnitPath.StartsWith(town.Path))
            .Select(a => new { a.Id, a.Status, a.SelfTotal }).ToListAsync());
        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.Contains(d.Status == Features.Assessments.AssessmentStatus.Draft
            ? $"href=\"/assessments/{d.Id}\">自评中</a>"
            : $"href=\"/assessments/{d.Id}\">自评{d.SelfTotal:0.#}分，待审核</a>", page));
    }

    [Fact]
    public async Task The_program_routes_are_in_the_openapi_document()
    {
        var openApi = await App.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[]
        {
            "/api/v1/stations", "/api/v1/stations/{id}/honours", "/api/v1/assessment-templates/{id}", "/api/v1/assessments/{id}/self-score",
            "/api/v1/assessments/{id}/submit", "/api/v1/assessments/{id}/review", "/api/v1/applications/{id}/submit", "/api/v1/applications/{id}/review",
            "/api/v1/applications/{id}/approve", "/api/v1/applications/{id}/return", "/api/v1/education-bases",
        })
        {
            Assert.Contains($"\"{path}\"", openApi);
        }
    }

    [Fact]
    public async Task A_station_must_sit_in_a_village_and_bad_input_is_refused_with_messages()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"站村关工委{Guid.NewGuid():N}"[..13], UnitLevel.Village, UnitKind.Committee)));
        var bad = await App.WithServiceAsync<StationCommands, CommandResult<Station>>(c => c.SaveAsync(null, new StationInput { UnitId = town.Id.ToString(), Name = "", Stage = "7", Phone = "123" }), town.Id, town.Path);
        Assert.Equal(["Name", "UnitId", "Stage", "Phone"], bad.Errors.Select(e => e.Field));

        var station = (await App.WithServiceAsync<StationCommands, CommandResult<Station>>(c => c.SaveAsync(null, new StationInput { UnitId = village.Id.ToString(), Name = "新建辅导站", Stage = "创建中" }), town.Id, town.Path)).Value!;
        var honour = await (await App.ApiClientAsync("zhenglu")).PostAsJsonAsync($"/api/v1/stations/{station.Id}/honours", new { year = "2025", title = "省优" });
        Assert.Equal(HttpStatusCode.BadRequest, honour.StatusCode);
        Assert.Contains("请选择荣誉", await honour.Content.ReadAsStringAsync());
        var stale = await App.WithServiceAsync<StationCommands, CommandResult<Station>>(c => c.SaveAsync(station.Id, new StationInput { UnitId = village.Id.ToString(), Name = "改名", Stage = "Passed", Version = station.Version + 5 }), town.Id, town.Path);
        Assert.Equal(CommandStatus.Conflict, stale.Status);
    }

    [Fact]
    public async Task An_honour_is_registered_and_taken_off_from_above_never_by_the_stations_own_unit()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var station = await App.WithDbAsync(db => db.Stations.Include(s => s.Honours).FirstAsync(s => s.UnitId == village.Id));
        var before = station.Honours.Count;

        // The village's recorder is offered no form, and a forged post saves nothing.
        var recorder = await App.SignedInAsync("zl-jiaoxi");
        var own = WebUtility.HtmlDecode(await recorder.GetStringAsync($"/stations/{station.Id}"));
        Assert.DoesNotContain("登记荣誉</button>", own);
        Assert.DoesNotContain("登记有误，删除荣誉", own);
        var forged = await (await App.ApiClientAsync("zl-jiaoxi")).PostAsJsonAsync($"/api/v1/stations/{station.Id}/honours", new { year = "2019", title = "区优" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("本单位不能给自己的辅导站登记", await forged.Content.ReadAsStringAsync());
        Assert.Equal(before, await App.WithDbAsync(db => db.StationHonours.CountAsync(h => h.StationId == station.Id)));

        // The town registers one won before the platform (a year typed full-width is read), and takes a wrong one off.
        var officer = await App.SignedInAsync("zhenglu");
        var page = await officer.GetStringAsync($"/stations/{station.Id}");
        Assert.Contains("登记荣誉</button>", WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync($"/stations/{station.Id}", new FormUrlEncodedContent(HtmlForm.Fields(page, "honour").With("Honour.Year", "２０１９").With("Honour.Title", "区优")))).StatusCode);
        var added = await App.WithDbAsync(db => db.StationHonours.SingleAsync(h => h.StationId == station.Id && h.Year == 2019));
        page = await officer.GetStringAsync($"/stations/{station.Id}");
        Assert.Contains("删除2019年区优", WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync($"/stations/{station.Id}", new FormUrlEncodedContent(HtmlForm.Fields(page, $"honour-remove-{added.Id}")))).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.StationHonours.AnyAsync(h => h.Id == added.Id)));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(StationHonour) && a.EntityId == added.Id.ToString() && a.Action == "删除" && a.UserName == "zhenglu")));
    }

    [Fact]
    public async Task A_station_was_last_active_on_its_units_latest_activity_or_one_held_there()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var host = await App.UnitAsync("焦溪村关工委");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"活跃村关工委{Guid.NewGuid():N}"[..13], UnitLevel.Village, UnitKind.Committee)));
        var station = (await App.WithServiceAsync<StationCommands, CommandResult<Station>>(c => c.SaveAsync(null, new StationInput { UnitId = village.Id.ToString(), Name = "活跃辅导站", Stage = "创建中" }), town.Id, town.Path)).Value!;
        Task<StationRow> Row() => App.WithServiceAsync<StationList, StationRow>(async l => (await l.PageAsync(new StationFilter(village.Id))).Items.Single(r => r.Station.Id == station.Id), town.Id, town.Path);

        // The start page's to-do, the list's tile and its filter count what the list's rows flag, without reading the list.
        async Task CountedAsListed()
        {
            var (flagged, filtered, tile) = await App.WithServiceAsync<StationList, (long[], long[], int)>(async l =>
            {
                var all = await l.PageAsync(new StationFilter());
                Assert.Equal(1, all.PageCount);
                return (
                    all.Items.Where(r => r.Inactive).Select(r => r.Station.Id).Order().ToArray(),
                    (await l.PageAsync(new StationFilter(Inactive: true))).Items.Select(r => r.Station.Id).Order().ToArray(),
                    (await l.ReadAsync(new StationFilter())).Overview.Inactive);
            }, town.Id, town.Path);
            Assert.Equal(flagged, filtered);
            Assert.Equal(flagged.Length, tile);
            Assert.Equal(flagged.Length, await App.WithServiceAsync<StationDirectory, int>(d => d.InactiveCountAsync(), town.Id, town.Path));
        }

        var none = await Row();
        Assert.Null(none.LastActivity);
        Assert.True(none.Inactive);
        await CountedAsListed();

        var today = await App.WithServiceAsync<StationDirectory, DateOnly>(d => Task.FromResult(d.Today), town.Id, town.Path);
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().Where(u => u.UserName == "zhenglu").Select(u => u.Id).SingleAsync();
            db.Activities.Add(new Activity { UnitId = village.Id, Title = "村里的活动", Category = "五个一", Status = ActivityStatus.Completed, Date = today.AddDays(-100), CreatedByUserId = user });
            db.Activities.Add(new Activity { UnitId = host.Id, VenueUnitId = village.Id, Title = "在站里办的活动", Category = "五个一", Status = ActivityStatus.Completed, Date = today.AddDays(-3), CreatedByUserId = user });
            db.Activities.Add(new Activity { UnitId = village.Id, Title = "更早的活动", Category = "五个一", Status = ActivityStatus.Completed, Date = today.AddDays(-200), CreatedByUserId = user });
            return await db.SaveChangesAsync();
        });

        var active = await Row();
        Assert.Equal(today.AddDays(-3), active.LastActivity);
        Assert.False(active.Inactive);
        await CountedAsListed();
    }
}

public sealed class StationTestsOnSqlite(SqliteAppFixture fixture) : StationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class StationTestsOnPostgres(PostgresAppFixture fixture) : StationTests(fixture), IClassFixture<PostgresAppFixture>;

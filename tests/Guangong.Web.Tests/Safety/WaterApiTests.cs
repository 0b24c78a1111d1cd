using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>防溺水: the water-body edit page, and the rota and incident API for phone clients.</summary>
public abstract class WaterApiTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_water_body_is_edited_on_its_page_with_its_version_and_bad_coordinates_are_refused()
    {
        var api = await App.ApiClientAsync("wushenzhao");
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var name = $"编辑淖尔{Guid.NewGuid():N}"[..10];
        var created = await (await api.PostAsJsonAsync("/api/v1/water-bodies", new { name, kind = "Nur", unitId = village.Id.ToString(), risk = "Low" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();

        var officer = await App.SignedInAsync("wushenzhao");
        var page = await officer.GetStringAsync($"/water/{id}/edit");
        var fields = HtmlForm.Fields(page, "water-edit").With("Input.Kind", "Nur").With("Input.UnitId", village.Id.ToString()).With("Input.Risk", "High").With("Input.Latitude", "39.05").With("Input.Longitude", "109.02");
        var saved = await officer.PostAsync($"/water/{id}/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var water = await App.WithDbAsync(db => db.WaterBodies.SingleAsync(w => w.Id == id));
        Assert.Equal(("High", 39.05), (water.Risk.ToString(), water.Latitude!.Value));

        // The same form again is stale; coordinates outside China are refused beside the field.
        var stale = WebUtility.HtmlDecode(await (await officer.PostAsync($"/water/{id}/edit", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync());
        Assert.Contains(Guangong.Web.Components.Shared.ConflictedForm.Message, stale);
        var bad = HtmlForm.Fields(await officer.GetStringAsync($"/water/{id}/edit"), "water-edit").With("Input.Kind", "Nur").With("Input.UnitId", village.Id.ToString()).With("Input.Risk", "High").With("Input.Latitude", "-33.8").With("Input.Longitude", "151.2");
        Assert.Contains("纬度须在中国境内", WebUtility.HtmlDecode(await (await officer.PostAsync($"/water/{id}/edit", new FormUrlEncodedContent(bad))).Content.ReadAsStringAsync()));

        // Another town's officer: the page is not there; a volunteer has no edit link and no page.
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("zhenglu")).GetAsync($"/water/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.SignedInAsync("wsz-elder")).GetAsync($"/water/{id}/edit")).StatusCode);
        Assert.DoesNotContain($"/water/{id}/edit", await (await App.SignedInAsync("wsz-elder")).GetStringAsync("/water"));
    }

    [Fact]
    public async Task The_rota_and_incidents_are_read_and_written_through_the_api_with_counts_only()
    {
        var api = await App.ApiClientAsync("wushenzhao");
        var rota = await api.GetFromJsonAsync<JsonElement>("/api/v1/water-rota?year=2023");
        Assert.Contains(rota.EnumerateArray(), r => r.GetProperty("water").GetString() == "查汗淖尔" && r.GetProperty("fromDate").GetString() == "2023-06-01");

        var water = await App.WithDbAsync(db => db.WaterBodies.Where(w => w.Name == "乌审召淖尔").Select(w => w.Id).SingleAsync());
        var elder = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == "王志强").Select(v => v.Id).FirstAsync());
        var added = await api.PostAsJsonAsync("/api/v1/water-rota", new { waterBodyId = water.ToString(), volunteerId = elder.ToString(), fromDate = "2024-06-01", toDate = "2024-08-31" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var tooLong = await api.PostAsJsonAsync("/api/v1/water-rota", new { waterBodyId = water.ToString(), volunteerId = elder.ToString(), fromDate = "2024-01-01", toDate = "2024-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("不超过半年", await tooLong.Content.ReadAsStringAsync());

        var incidents = await api.GetFromJsonAsync<JsonElement>("/api/v1/water-incidents?year=2023");
        var nearMiss = incidents.EnumerateArray().Single(i => i.GetProperty("place").GetString() == "纳林河巴音敖包段浅滩");
        Assert.Equal(("NearMiss", 2), (nearMiss.GetProperty("kind").GetString(), nearMiss.GetProperty("minorsInvolved").GetInt32()));

        var absurd = await api.PostAsJsonAsync("/api/v1/water-incidents", new { date = "2024-07-02", waterBodyId = water.ToString(), place = "北岸", kind = "NearMiss", minorsInvolved = "500", rescued = "0", deaths = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
        Assert.Contains("涉及未成年人数应为0到50之间的整数", await absurd.Content.ReadAsStringAsync());
        var more = await api.PostAsJsonAsync("/api/v1/water-incidents", new { date = "2024-07-02", waterBodyId = water.ToString(), place = "北岸", kind = "NearMiss", minorsInvolved = "1", rescued = "2", deaths = "0" });
        Assert.Contains("获救与死亡人数之和不能超过涉及人数", await more.Content.ReadAsStringAsync());
        var ok = await api.PostAsJsonAsync("/api/v1/water-incidents", new { date = "2024-07-02", waterBodyId = water.ToString(), place = "北岸浅滩", kind = "NearMiss", minorsInvolved = "1", rescued = "1", deaths = "0", outcome = "劝离" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);

        // Another town sees neither; a volunteer cannot write.
        var zhenglu = await App.ApiClientAsync("zhenglu");
        Assert.DoesNotContain((await zhenglu.GetFromJsonAsync<JsonElement>("/api/v1/water-incidents?year=2024")).EnumerateArray(), i => i.GetProperty("place").GetString() == "北岸浅滩");
        var outside = await zhenglu.PostAsJsonAsync("/api/v1/water-rota", new { waterBodyId = water.ToString(), volunteerId = elder.ToString(), fromDate = "2024-06-01", toDate = "2024-06-30" });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var volunteer = await App.ApiClientAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.PostAsJsonAsync("/api/v1/water-incidents", new { date = "2024-07-02", place = "x", kind = "NearMiss" })).StatusCode);
    }
}

public sealed class WaterApiTestsOnSqlite(SqliteAppFixture fixture) : WaterApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class WaterApiTestsOnPostgres(PostgresAppFixture fixture) : WaterApiTests(fixture), IClassFixture<PostgresAppFixture>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.People;

/// <summary>The roster and training JSON API, as a phone client uses it; run once per provider.</summary>
public abstract class VolunteerApiTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_recorder_adds_and_updates_a_volunteer_and_a_stale_update_is_a_conflict()
    {
        var school = await App.UnitAsync("乌审召小学");
        var api = await App.ApiClientAsync("wsz-school");
        var name = ChineseName.Unique("额尔敦");

        var bad = await api.PostAsJsonAsync("/api/v1/volunteers", new { name, gender = "男", birthYear = "19五5", phone = "110", unitId = school.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("出生年份", problem.GetProperty("errors").GetProperty("birthYear")[0].GetString());
        Assert.Contains("11位手机号", problem.GetProperty("errors").GetProperty("phone")[0].GetString());

        var created = await api.PostAsJsonAsync("/api/v1/volunteers", new { name, gender = "男", ethnicity = "蒙古族", birthYear = "1954", phone = "13600001234", category = "老教师", unitId = school.Id.ToString() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetInt64();
        var version = dto.GetProperty("version").GetInt64();
        Assert.Equal("乌审召小学", dto.GetProperty("unitName").GetString());

        var update = new { name, gender = "男", ethnicity = "蒙古族", birthYear = "1954", phone = "13600001234", category = "老教师", formerPost = "校长", unitId = school.Id.ToString(), version };
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/volunteers/{id}", update)).StatusCode);
        var stale = await api.PutAsJsonAsync($"/api/v1/volunteers/{id}", update with { formerPost = "教导主任" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("该记录已被他人修改", conflict.GetProperty("message").GetString());
        Assert.Equal("校长", conflict.GetProperty("current").GetProperty("formerPost").GetString());

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/volunteers?q={Uri.EscapeDataString(name)}");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("136****1234", item.GetProperty("phone").GetString());

        // The recorder's scope is the school: the town's volunteers are out of reach.
        var town = await api.GetFromJsonAsync<JsonElement>("/api/v1/volunteers?q=巴图孟和");
        Assert.Equal(0, town.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write()
    {
        var api = await App.ApiClientAsync("tianning");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/volunteers")).StatusCode);
        var post = await api.PostAsJsonAsync("/api/v1/volunteers", new { name = "某人", gender = "男", birthYear = "1950" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Training_sessions_record_attendees_and_add_up_hours_per_person_and_unit()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var api = await App.ApiClientAsync("wushenzhao");
        var topic = "理论学习" + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsJsonAsync("/api/v1/training", new { topic, kind = "理论学习", date = "2022-05-20", mode = "线上", hours = "2.5", unitId = town.Id.ToString() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = session.GetProperty("id").GetInt64();

        var people = await api.GetFromJsonAsync<JsonElement>("/api/v1/volunteers?q=巴图孟和");
        var bator = people.GetProperty("items")[0].GetProperty("id").GetInt64();
        var foreign = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Volunteers, v => v.Name == "陈建国"));

        var refused = await api.PutAsJsonAsync($"/api/v1/training/{id}/attendees", new { version = session.GetProperty("version").GetInt64(), volunteerIds = new[] { bator, foreign.Id } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var set = await api.PutAsJsonAsync($"/api/v1/training/{id}/attendees", new { version = session.GetProperty("version").GetInt64(), volunteerIds = new[] { bator } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var officer = await App.SignedInAsync("wushenzhao");
        var hours = WebUtility.HtmlDecode(await officer.GetStringAsync("/training/hours?year=2022"));
        Assert.Matches("巴图孟和</a></td>\\s*<td[^>]*>乌审召镇关工委</td>\\s*<td[^>]*>1</td>\\s*<td[^>]*>2.5</td>", hours);

        var badHours = await api.PostAsJsonAsync("/api/v1/training", new { topic, kind = "理论学习", date = "2022-05-20", mode = "线上", hours = "30", unitId = town.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, badHours.StatusCode);
    }
}

public sealed class VolunteerApiTestsOnSqlite(SqliteAppFixture fixture) : VolunteerApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class VolunteerApiTestsOnPostgres(PostgresAppFixture fixture) : VolunteerApiTests(fixture), IClassFixture<PostgresAppFixture>;

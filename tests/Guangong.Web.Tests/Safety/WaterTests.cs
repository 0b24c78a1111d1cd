using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Safety.Water;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>防溺水: the registry's coordinates, patrol check-in/out on the phone, the weekly view and the last-patrol table.</summary>
public abstract class WaterTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private async Task<(Unit Village, long Elder)> VillageAsync()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"水域测试嘎查{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.Committee)));
        var elder = await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = ChineseName.Unique("巡", 2), Gender = Gender.Male, BirthYear = 1956, StatusDate = new DateOnly(2023, 1, 1), CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(v);
            await db.SaveChangesAsync();
            return v.Id;
        });
        return (village, elder);
    }

    private static object Water(Unit village, string name, string? lat, string? lon) =>
        new { name, kind = "淖尔", unitId = village.Id.ToString(), latitude = lat, longitude = lon, risk = "High", hasWarningSigns = true };

    [Fact]
    public async Task Coordinates_outside_china_swapped_half_given_or_malformed_are_refused()
    {
        var (village, _) = await VillageAsync();
        var api = await App.ApiClientAsync("wushenzhao");
        async Task<string> Refused(string? lat, string? lon)
        {
            var name = $"坏坐标{Guid.NewGuid():N}"[..9];
            var answer = await api.PostAsJsonAsync("/api/v1/water-bodies", Water(village, name, lat, lon));
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.False(await App.WithDbAsync(db => db.WaterBodies.AnyAsync(w => w.Name == name)));
            return await answer.Content.ReadAsStringAsync();
        }

        Assert.Contains("纬度须在中国境内", await Refused("108.8104", "38.6318"));
        Assert.Contains("经度须在中国境内", await Refused("38.6", "-108.8"));
        Assert.Contains("纬度须在中国境内", await Refused("-33.86", "151.2"));
        Assert.Contains("纬度应为十进制度数", await Refused("38°37′", "108.81"));
        Assert.Contains("经度应为十进制度数", await Refused("38.6", "NaN"));
        Assert.Contains("经纬度须同时填写", await Refused("38.6", null));

        var ok = await api.PostAsJsonAsync("/api/v1/water-bodies", Water(village, $"好淖尔{Guid.NewGuid():N}"[..9], "38.6318", "108.8104"));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task A_patrol_checks_in_and_out_within_twelve_hours_and_shows_as_the_last_patrol()
    {
        var (village, elder) = await VillageAsync();
        var api = await App.ApiClientAsync("wushenzhao");
        var name = $"巡逻淖尔{Guid.NewGuid():N}"[..10];
        var created = await (await api.PostAsJsonAsync("/api/v1/water-bodies", Water(village, name, "38.7", "108.9"))).Content.ReadFromJsonAsync<JsonElement>();
        var waterId = created.GetProperty("id").GetInt64();
        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync("wushenzhao")).GetStringAsync($"/water/patrols?week={Today}"));
        Assert.Contains(name, NotPatrolled(page));

        var checkIn = await api.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date = Today, time = "00:00" });
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        var patrol = await checkIn.Content.ReadFromJsonAsync<JsonElement>();
        var id = patrol.GetProperty("id").GetInt64();
        var version = patrol.GetProperty("version").GetInt64();
        var again = await api.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date = Today, time = "00:00" });
        Assert.Contains("还有一次巡逻没有签退", await again.Content.ReadAsStringAsync());

        async Task<string> Refused(object body)
        {
            var answer = await api.PostAsJsonAsync($"/api/v1/patrols/{id}/check-out", body);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            return await answer.Content.ReadAsStringAsync();
        }

        var yesterday = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Contains("签退时间须晚于签到时间", await Refused(new { date = yesterday, time = "23:00", childrenDissuaded = "0", version }));
        Assert.Contains("签退时间须晚于签到时间", await Refused(new { date = Today, time = "00:00", childrenDissuaded = "0", version }));
        var tomorrow = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Contains("一次巡逻不能超过12小时", await Refused(new { date = Today, time = "12:01", childrenDissuaded = "0", version }));
        Assert.Contains("一次巡逻不能超过12小时", await Refused(new { date = tomorrow, time = "00:30", childrenDissuaded = "0", version }));
        Assert.Contains("劝离儿童人数应为0到200之间的整数", await Refused(new { date = Today, time = "00:30", childrenDissuaded = "999", version }));
        Assert.Contains("劝离儿童人数应为0到200之间的整数", await Refused(new { date = Today, time = "00:30", childrenDissuaded = "-1", version }));
        Assert.Null(await App.WithDbAsync(db => db.Patrols.Where(p => p.Id == id).Select(p => p.EndUtc).SingleAsync()));

        var done = await api.PostAsJsonAsync($"/api/v1/patrols/{id}/check-out", new { date = Today, time = "00:01", childrenDissuaded = "3", hazards = "岸边警示牌倒了", version });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/water-bodies?sort=last&desc=1");
        var row = list.EnumerateArray().Single(w => w.GetProperty("id").GetInt64() == waterId);
        Assert.Equal(JsonValueKind.String, row.GetProperty("lastPatrolUtc").ValueKind);
        page = WebUtility.HtmlDecode(await (await App.SignedInAsync("wushenzhao")).GetStringAsync($"/water/patrols?week={Today}"));
        Assert.DoesNotContain(name, NotPatrolled(page));
    }

    /// <summary>The weekly "not patrolled" list of the patrols page, or nothing when every body was patrolled.</summary>
    private static string NotPatrolled(string page)
    {
        var from = page.IndexOf("data-testid=\"not-patrolled\"", StringComparison.Ordinal);
        return from < 0 ? string.Empty : page[from..page.IndexOf("</ul>", from, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task A_volunteer_whose_check_in_is_refused_is_told_why_on_the_form()
    {
        // The 五老 has no field to choose who patrols (they check in as themselves): the reason must still be on screen.
        var elder = await App.SignedInAsync("wsz-elder");
        var form = await elder.GetStringAsync("/water/patrols");
        var water = System.Text.RegularExpressions.Regex.Match(form, "name=\"water\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.NotEmpty(water);
        var once = () => new Dictionary<string, string> { ["CheckIn.Date"] = Today, ["CheckIn.Time"] = "00:00", ["water"] = water, ["once"] = Guangong.Web.Infrastructure.Commands.OneTimeKey.New() };
        Assert.Equal(HttpStatusCode.Redirect, (await Activities.ActivityForms.PostAsync(elder, "/water/patrols", "patrol-check-in", once())).StatusCode);

        var refused = WebUtility.HtmlDecode(await (await Activities.ActivityForms.PostAsync(elder, "/water/patrols", "patrol-check-in", once())).Content.ReadAsStringAsync());
        Assert.Contains("validation-message\">这位五老还有一次巡逻没有签退，请先签退。", refused);
    }

    [Fact]
    public async Task A_volunteers_patrol_page_ticks_todays_rota_and_lists_only_their_own_patrols()
    {
        var (village, elder) = await VillageAsync();
        var account = await Publicity.PublicityTown.UserAsync(App, "wv" + Guid.NewGuid().ToString("N")[..8], village.Id, Guangong.Web.Features.Accounts.RoleNames.Volunteer);
        var api = await App.ApiClientAsync("wushenzhao");
        async Task<long> WaterAsync(string name) =>
            (await (await api.PostAsJsonAsync("/api/v1/water-bodies", Water(village, name, null, null))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var (onRota, notOnRota) = (await WaterAsync($"排班淖尔{Guid.NewGuid():N}"[..10]), await WaterAsync($"另一淖尔{Guid.NewGuid():N}"[..10]));
        var (other, otherName) = await App.WithDbAsync(async db =>
        {
            // Another 五老 of the same village: in the volunteer's own scope, so only the page's choice keeps them off it.
            var neighbour = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = ChineseName.Unique("邻", 2), Gender = Gender.Male, BirthYear = 1955, StatusDate = new DateOnly(2023, 1, 1), CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(neighbour);
            var person = await db.Volunteers.SingleAsync(v => v.Id == elder);
            person.UserId = await db.Users.Where(u => u.UserName == account).Select(u => u.Id).SingleAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            db.PatrolRotaLines.Add(new PatrolRotaLine { WaterBodyId = onRota, VolunteerId = elder, UnitId = village.Id, UnitPath = village.Path, FromDate = today.AddDays(-1), ToDate = today.AddDays(1) });
            await db.SaveChangesAsync();
            return (neighbour.Id, neighbour.Name);
        });
        // Another 五老 of the town is out on a patrol: the officer sees it; the volunteer's page does not offer its 签退.
        var theirs = await api.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = other.ToString(), waterBodyIds = new[] { notOnRota }, date = Today, time = "00:00" });
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);

        var phone = await App.SignedInAsync(account, Publicity.PublicityTown.Password);
        var page = WebUtility.HtmlDecode(await phone.GetStringAsync("/water/patrols"));
        Assert.Matches($"name=\"water\" value=\"{onRota}\" checked", page);
        Assert.DoesNotMatch($"name=\"water\" value=\"{notOnRota}\" checked", page);
        Assert.Contains("我最近的巡逻", page);
        Assert.DoesNotContain(otherName, page);
        Assert.Contains(otherName, WebUtility.HtmlDecode(await (await App.SignedInAsync("wushenzhao")).GetStringAsync("/water/patrols")));
        Assert.Matches("class=\"todo-count\">1</span>[^<]*<a href=\"/water/patrols\">今天我的防溺水巡查", WebUtility.HtmlDecode(await phone.GetStringAsync("/")));

        // Out on today's rota water and back, signed off: the start page's line is done, and the form no longer ticks it.
        var mine = await (await api.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = elder.ToString(), waterBodyIds = new[] { onRota }, date = Today, time = "00:00" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("今天我的防溺水巡查", WebUtility.HtmlDecode(await phone.GetStringAsync("/")).Split("todo-done")[0]); // still out: not done yet
        var back = await api.PostAsJsonAsync($"/api/v1/patrols/{mine.GetProperty("id").GetInt64()}/check-out", new { date = Today, time = "00:01", childrenDissuaded = "0", version = mine.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var home = WebUtility.HtmlDecode(await phone.GetStringAsync("/"));
        Assert.Matches("<li class=\"done\" data-todo=\"patrol-today\"><span class=\"todo-count\">0</span><a href=\"/water/patrols\">今天我的防溺水巡查", home);
        Assert.DoesNotMatch($"name=\"water\" value=\"{onRota}\" checked", WebUtility.HtmlDecode(await phone.GetStringAsync("/water/patrols")));
    }

    [Fact]
    public async Task A_check_out_form_left_open_through_the_patrol_signs_off_at_the_tap_and_a_changed_time_is_read_as_typed()
    {
        var (village, elder) = await VillageAsync();
        var account = await Publicity.PublicityTown.UserAsync(App, "wt" + Guid.NewGuid().ToString("N")[..8], village.Id, Guangong.Web.Features.Accounts.RoleNames.Volunteer);
        var api = await App.ApiClientAsync("wushenzhao");
        var water = (await (await api.PostAsJsonAsync("/api/v1/water-bodies", Water(village, $"签退淖尔{Guid.NewGuid():N}"[..10], null, null))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await App.WithDbAsync(async db =>
        {
            (await db.Volunteers.SingleAsync(v => v.Id == elder)).UserId = await db.Users.Where(u => u.UserName == account).Select(u => u.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });
        var phone = await App.SignedInAsync(account, Publicity.PublicityTown.Password);

        // Checked in with the form as drawn: the patrol starts at the tap.
        var checkIn = HtmlForm.Fields(await phone.GetStringAsync("/water/patrols"), "patrol-check-in").With("water", water.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, (await phone.PostAsync("/water/patrols", new FormUrlEncodedContent(checkIn))).StatusCode);
        var patrol = await App.WithDbAsync(db => db.Patrols.SingleAsync(p => p.VolunteerId == elder));
        Assert.InRange(patrol.StartUtc, DateTime.UtcNow.AddMinutes(-2), DateTime.UtcNow);

        // The check-out form was drawn right after the check-in, and sent 90 minutes later as it was: the patrol lasted 90 minutes.
        await App.WithDbAsync(async db =>
        {
            (await db.Patrols.SingleAsync(p => p.Id == patrol.Id)).StartUtc = DateTime.UtcNow.AddMinutes(-90);
            return await db.SaveChangesAsync();
        });
        var drawn = DateTime.UtcNow.AddHours(8).AddMinutes(-89);
        var (date, time) = (drawn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), drawn.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        var page = await phone.GetStringAsync("/water/patrols");
        Assert.Contains("按您点“签退”的时刻记录", WebUtility.HtmlDecode(page));
        var checkOut = HtmlForm.Fields(page, $"check-out-{patrol.Id}").With("date", date).With("time", time).With("shown", $"{date} {time}");
        Assert.Equal(HttpStatusCode.Redirect, (await phone.PostAsync("/water/patrols", new FormUrlEncodedContent(checkOut))).StatusCode);
        var done = await App.WithDbAsync(db => db.Patrols.AsNoTracking().SingleAsync(p => p.Id == patrol.Id));
        Assert.InRange(done.EndUtc!.Value, DateTime.UtcNow.AddMinutes(-2), DateTime.UtcNow);

        // A time the volunteer changed is theirs: recorded afterwards, it is read as typed.
        Assert.Equal(PatrolRules.Read(date, "10:00", DateOnly.FromDateTime(drawn), []), PatrolRules.ReadTap(date, "10:00", $"{date} {time}", DateTime.UtcNow, DateOnly.FromDateTime(drawn), []));
    }

    [Fact]
    public async Task A_unit_with_no_water_is_told_so_instead_of_offered_a_check_in_with_nothing_to_tick()
    {
        var company = await App.UnitAsync("郑陆镇关工委");
        var user = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-company").Select(u => u.HomeUnitId).SingleAsync());
        var path = await App.WithDbAsync(db => db.Units.Where(u => u.Id == user).Select(u => u.Path).SingleAsync());
        Assert.False(await App.WithDbAsync(db => db.WaterBodies.AnyAsync(w => w.UnitPath.StartsWith(path))));
        Assert.StartsWith(company.Path, path);

        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync("zl-company")).GetStringAsync("/water/patrols"));
        Assert.Contains("暂时不能巡逻签到", page);
        Assert.DoesNotContain("签到，开始巡逻", page);
        Assert.Contains("本单位没有登记水域。", page);
        Assert.DoesNotContain("这一周每处水域都有巡逻", page);
    }

    [Fact]
    public async Task A_viewer_is_offered_the_patrol_records_not_a_check_in_they_cannot_make()
    {
        Assert.Contains(">巡逻记录</a>", WebUtility.HtmlDecode(await (await App.SignedInAsync("tianning")).GetStringAsync("/water")));
        Assert.Contains(">巡逻签到</a>", WebUtility.HtmlDecode(await (await App.SignedInAsync("wushenzhao")).GetStringAsync("/water")));
    }

    [Fact]
    public async Task A_patrol_cannot_cover_another_towns_water_nor_be_checked_out_from_there()
    {
        var (village, elder) = await VillageAsync();
        var api = await App.ApiClientAsync("wushenzhao");
        var waterId = (await (await api.PostAsJsonAsync("/api/v1/water-bodies", Water(village, $"外镇淖尔{Guid.NewGuid():N}"[..10], null, null))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var zhenglu = await App.ApiClientAsync("zhenglu");
        var other = await zhenglu.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date = Today, time = "00:00" });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("不在您管理范围内", await other.Content.ReadAsStringAsync());

        var mine = await (await api.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date = Today, time = "00:00" })).Content.ReadFromJsonAsync<JsonElement>();
        var checkOut = await zhenglu.PostAsJsonAsync($"/api/v1/patrols/{mine.GetProperty("id").GetInt64()}/check-out", new { date = Today, time = "00:01", childrenDissuaded = "0", version = mine.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.NotFound, checkOut.StatusCode);
        Assert.DoesNotContain((await zhenglu.GetFromJsonAsync<JsonElement>("/api/v1/water-bodies")).EnumerateArray(), w => w.GetProperty("id").GetInt64() == waterId);
    }
}

public sealed class WaterTestsOnSqlite(SqliteAppFixture fixture) : WaterTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class WaterTestsOnPostgres(PostgresAppFixture fixture) : WaterTests(fixture), IClassFixture<PostgresAppFixture>;

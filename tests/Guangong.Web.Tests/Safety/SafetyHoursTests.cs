using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>
/// Issue 14.3 and 14.4: a patrol's and an inspection's hours stand in the volunteer's service-hour ledger as
/// verified service, once, and follow the record when it is corrected or removed; a closed month keeps them.
/// </summary>
public abstract class SafetyHoursTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private async Task<(Unit Village, long Elder, long WaterId, HttpClient Api)> WaterAsync()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"时长测试嘎查{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.Committee)));
        var elder = await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = ChineseName.Unique("时", 2), Gender = Gender.Male, BirthYear = 1954, StatusDate = new DateOnly(2020, 1, 1), CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(v);
            await db.SaveChangesAsync();
            return v.Id;
        });
        var api = await App.ApiClientAsync("wushenzhao");
        var water = await api.PostAsJsonAsync("/api/v1/water-bodies", new { name = $"时长淖尔{Guid.NewGuid():N}"[..10], kind = "Nur", unitId = village.Id.ToString(), risk = "High" });
        Assert.Equal(HttpStatusCode.Created, water.StatusCode);
        return (village, elder, (await water.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(), api);
    }

    private async Task<(long Id, long Version)> PatrolAsync(HttpClient api, long elder, long waterId, string date, string from, string to)
    {
        var checkIn = await api.PostAsJsonAsync("/api/v1/patrols/check-in", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date, time = from });
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        var p = await checkIn.Content.ReadFromJsonAsync<JsonElement>();
        var done = await api.PostAsJsonAsync($"/api/v1/patrols/{p.GetProperty("id").GetInt64()}/check-out", new { date, time = to, childrenDissuaded = "1", version = p.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var d = await done.Content.ReadFromJsonAsync<JsonElement>();
        return (d.GetProperty("id").GetInt64(), d.GetProperty("version").GetInt64());
    }

    private Task<List<ServiceHourEntry>> LinesAsync(ServiceSource source, long id) =>
        App.WithDbAsync(db => db.ServiceHourEntries.AsNoTracking().Where(e => e.Source == source && e.SourceId == id).OrderBy(e => e.Id).ToListAsync());

    private Task<decimal> TotalAsync(long elder) =>
        App.WithServiceAsync<IServiceHourTotals, decimal>(t => t.TotalHoursAsync(elder, CancellationToken.None));

    [Fact]
    public async Task A_patrols_hours_are_verified_once_and_follow_its_correction_and_removal()
    {
        var (_, elder, waterId, api) = await WaterAsync();
        var (id, version) = await PatrolAsync(api, elder, waterId, "2023-07-08", "16:00", "18:30");

        var line = Assert.Single(await LinesAsync(ServiceSource.Patrol, id));
        Assert.Equal((2.5m, true, false, new DateOnly(2023, 7, 8)), (line.Hours, line.Verified, line.OnBehalf, line.Date));
        Assert.Null(line.ActivityId);
        Assert.StartsWith("防溺水巡逻：时长淖尔", line.SourceTitle);
        Assert.Equal(2.5m, await TotalAsync(elder));

        // The volunteer's own lines, as the certificate and their page read them, name the patrol.
        var year = await App.WithServiceAsync<ServiceHours, IReadOnlyList<VolunteerActivityHours>>(h => h.ForVolunteerAsync(elder, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        var served = Assert.Single(year);
        Assert.Equal((ServiceSource.Patrol, (long?)id, 2.5m, true), (served.Source, served.SourceId, served.Hours, served.Verified));
        var report = await App.WithServiceAsync<ServiceHours, ServiceHoursReport>(h => h.YearAsync(2023), (await App.UnitAsync("乌审召镇关工委")).Id, (await App.UnitAsync("乌审召镇关工委")).Path);
        Assert.Equal(2.5m, report.People.Single(p => p.VolunteerId == elder).VerifiedHours);

        // Bad corrections change nothing: check-out before check-in, over twelve hours, a stale version, nonsense counts.
        async Task<string> Refused(object body, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var answer = await api.PutAsJsonAsync($"/api/v1/patrols/{id}", body);
            Assert.Equal(status, answer.StatusCode);
            return await answer.Content.ReadAsStringAsync();
        }

        Assert.Contains("签退时间须晚于签到时间", await Refused(new { startDate = "2023-07-08", startTime = "16:00", endDate = "2023-07-08", endTime = "15:00", childrenDissuaded = "1", version }));
        Assert.Contains("不能超过12小时", await Refused(new { startDate = "2023-07-08", startTime = "06:00", endDate = "2023-07-08", endTime = "18:30", childrenDissuaded = "1", version }));
        Assert.Contains("劝离儿童人数", await Refused(new { startDate = "2023-07-08", startTime = "16:00", endDate = "2023-07-08", endTime = "18:30", childrenDissuaded = "abc", version }));
        Assert.Contains("请填写时间", await Refused(new { startDate = "2023-07-08", startTime = "16:00", endDate = "2023-07-08", endTime = "半夜", childrenDissuaded = "1", version }));
        await Refused(new { startDate = "2023-07-08", startTime = "16:00", endDate = "2023-07-08", endTime = "19:00", childrenDissuaded = "1", version = version - 1 }, HttpStatusCode.Conflict);
        Assert.Single(await LinesAsync(ServiceSource.Patrol, id));

        // Hours edited after check-out: the old line is reversed and the new one stands; the total counts it once.
        var corrected = await api.PutAsJsonAsync($"/api/v1/patrols/{id}", new { startDate = "2023-07-08", startTime = "16:00", endDate = "2023-07-08", endTime = "19:30", childrenDissuaded = "2", version });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var lines = await LinesAsync(ServiceSource.Patrol, id);
        Assert.Equal([2.5m, -2.5m, 3.5m], lines.Select(l => l.Hours));
        Assert.Equal(lines[0].Id, lines[1].ReversesEntryId);
        Assert.Equal(3.5m, await TotalAsync(elder));

        // Saving the same times again adds nothing.
        var v2 = (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        var same = await api.PutAsJsonAsync($"/api/v1/patrols/{id}", new { startDate = "2023-07-08", startTime = "16:00", endDate = "2023-07-08", endTime = "19:30", childrenDissuaded = "3", hazards = "补记隐患", version = v2 });
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(3, (await LinesAsync(ServiceSource.Patrol, id)).Count);

        // Removed: the hours are reversed, the lines stay as history.
        var v3 = (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/patrols/{id}?version={v3}")).StatusCode);
        Assert.Equal(0m, await TotalAsync(elder));
        Assert.Equal(4, (await LinesAsync(ServiceSource.Patrol, id)).Count);
        Assert.False(await App.WithDbAsync(db => db.Patrols.AnyAsync(p => p.Id == id)));
        Assert.Empty(await App.WithServiceAsync<ServiceHours, IReadOnlyList<VolunteerActivityHours>>(h => h.ForVolunteerAsync(elder, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31))));
    }

    [Fact]
    public async Task Another_towns_officer_can_neither_correct_nor_remove_a_patrol()
    {
        var (_, elder, waterId, api) = await WaterAsync();
        var (id, version) = await PatrolAsync(api, elder, waterId, "2023-06-10", "08:00", "09:00");
        var zhenglu = await App.ApiClientAsync("zhenglu");
        Assert.Equal(HttpStatusCode.NotFound, (await zhenglu.PutAsJsonAsync($"/api/v1/patrols/{id}", new { startDate = "2023-06-10", startTime = "08:00", endDate = "2023-06-10", endTime = "11:00", childrenDissuaded = "0", version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await zhenglu.DeleteAsync($"/api/v1/patrols/{id}?version={version}")).StatusCode);
        var volunteer = await App.ApiClientAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.DeleteAsync($"/api/v1/patrols/{id}?version={version}")).StatusCode);
        Assert.Equal(1m, await TotalAsync(elder));
    }

    [Fact]
    public async Task A_closed_month_keeps_a_patrols_hours_as_reported()
    {
        var (_, elder, waterId, api) = await WaterAsync();
        var (id, version) = await PatrolAsync(api, elder, waterId, "2022-05-14", "09:00", "11:00");
        var town = await App.UnitAsync("乌审召镇关工委");
        var closed = await api.PostAsJsonAsync("/api/v1/reports/close", new { unit = town.Id.ToString(), kind = "month", year = "2022", number = "5" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var late = await api.PutAsJsonAsync($"/api/v1/patrols/{id}", new { startDate = "2022-05-14", startTime = "09:00", endDate = "2022-05-14", endTime = "12:00", childrenDissuaded = "1", version });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("2022年5月的统计数字已由乌审召镇关工委关账", await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.DeleteAsync($"/api/v1/patrols/{id}?version={version}")).StatusCode);
        Assert.Single(await LinesAsync(ServiceSource.Patrol, id));
        Assert.Equal(2m, await TotalAsync(elder));
    }

    [Fact]
    public async Task An_inspections_hours_are_verified_service_and_reversed_when_it_is_removed()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"检查时长村{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.Committee)));
        var elder = await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = ChineseName.Unique("查", 2), Gender = Gender.Male, BirthYear = 1953, StatusDate = new DateOnly(2020, 1, 1), CreatedUtc = DateTime.UtcNow };
            var cafe = new InternetCafe { UnitId = village.Id, UnitPath = village.Path, Name = $"时长网咖{Guid.NewGuid():N}"[..10], CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(v);
            db.InternetCafes.Add(cafe);
            await db.SaveChangesAsync();
            db.CafeSupervisors.Add(new CafeSupervisor { CafeId = cafe.Id, VolunteerId = v.Id, UnitId = village.Id, UnitPath = village.Path });
            await db.SaveChangesAsync();
            return (v.Id, cafe.Id);
        });
        var api = await App.ApiClientAsync("zhenglu");
        var saved = await api.PostAsJsonAsync($"/api/v1/cafes/{elder.Item2}/inspections", new
        {
            date = "2023-10-12", time = "20:00", volunteerId = elder.Item1.ToString(), hours = "1.5", minorsFound = "0", signPresent = "是", idChecksDone = "是", followUpTo = "None",
        });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var line = Assert.Single(await LinesAsync(ServiceSource.CafeInspection, id));
        // Typed, not checked in and out: registered hours, which no certificate or summary calls 签到签退核实.
        Assert.Equal((1.5m, false, new DateOnly(2023, 10, 12)), (line.Hours, line.Verified, line.Date));
        Assert.Equal(1.5m, await TotalAsync(elder.Item1));

        // A refused inspection (absurd count) writes no hours.
        var absurd = await api.PostAsJsonAsync($"/api/v1/cafes/{elder.Item2}/inspections", new
        {
            date = "2023-10-13", time = "20:00", volunteerId = elder.Item1.ToString(), hours = "1.5", minorsFound = "500", signPresent = "是", idChecksDone = "是", followUpTo = "Police",
        });
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
        Assert.Equal(1.5m, await TotalAsync(elder.Item1));

        var version = await App.WithDbAsync(db => db.CafeInspections.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
        var removed = await App.WithServiceAsync<InspectionCommands, bool>(async c => (await c.DeleteAsync(id, version)).Succeeded, town.Id, town.Path);
        Assert.True(removed);
        Assert.Equal(0m, await TotalAsync(elder.Item1));
        Assert.Equal(2, (await LinesAsync(ServiceSource.CafeInspection, id)).Count);
        _ = officer;
    }

    [Fact]
    public async Task The_demo_patrols_and_inspections_stand_in_their_volunteers_hours()
    {
        var (patrols, credited) = await App.WithDbAsync(async db =>
        {
            var demo = db.Patrols.Where(p => p.EndUtc != null && p.EnteredByName == "巡逻签到").Select(p => (long?)p.Id);
            return (await demo.CountAsync(), await db.ServiceHourEntries.Where(e => e.Source == ServiceSource.Patrol && demo.Contains(e.SourceId)).Select(e => e.SourceId).Distinct().CountAsync());
        });
        Assert.True(patrols > 10);
        Assert.Equal(patrols, credited);
        var elder = await App.SignedInAsync("wsz-elder");
        Assert.Contains("参加过的活动、巡逻和检查", System.Net.WebUtility.HtmlDecode(await elder.GetStringAsync("/my/service")));
    }
}

public sealed class SafetyHoursTestsOnSqlite(SqliteAppFixture fixture) : SafetyHoursTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SafetyHoursTestsOnPostgres(PostgresAppFixture fixture) : SafetyHoursTests(fixture), IClassFixture<PostgresAppFixture>;

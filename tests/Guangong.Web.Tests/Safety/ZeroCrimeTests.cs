using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>未成年人零犯罪村（社区）: set by the town officer only, counts never names, streaks and the town's sentence.</summary>
public abstract class ZeroCrimeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private async Task<(string OfficerName, Unit[] Villages, HttpClient Officer)> TownAsync()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"零犯罪镇{Guid.NewGuid():N}"[..10], UnitLevel.Town, UnitKind.Committee)));
        var villages = new Unit[3];
        for (var i = 0; i < villages.Length; i++)
        {
            villages[i] = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"零犯罪村{Guid.NewGuid():N}"[..10], UnitLevel.Village, UnitKind.Committee)));
        }

        var name = await App.UserAsync(town.Id, RoleNames.Officer);
        return (name, villages, await App.ApiClientAsync(name, CareStations.Password));
    }

    private static object Status(Unit village, int year, string state, string offences = "0", long version = 0) =>
        new { unitId = village.Id.ToString(), year = year.ToString(), state, offences, source = "测试派出所", receivedOn = $"{year + 1}-01-10", version };

    [Fact]
    public async Task Five_clean_years_make_a_streak_and_the_town_sentence_counts_villages_not_names()
    {
        var (officerName, villages, officer) = await TownAsync();
        for (var year = 2019; year <= 2023; year++)
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync("/api/v1/zero-crime", Status(villages[0], year, "Achieved"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync("/api/v1/zero-crime", Status(villages[1], 2023, "NotAchieved", "2"))).StatusCode);
        var json = await officer.GetFromJsonAsync<JsonElement>("/api/v1/zero-crime?year=2023");
        Assert.Equal("2023年 3个村（社区）中1个零犯罪，1个待核实。", json.GetProperty("summary").GetString());
        var first = json.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetInt64() == villages[0].Id);
        Assert.Equal(5, first.GetProperty("streak").GetInt32());
        var second = json.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetInt64() == villages[1].Id);
        Assert.Equal(2, second.GetProperty("offences").GetInt32());
        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync(officerName, CareStations.Password)).GetStringAsync("/zero-crime?year=2023"));
        Assert.Contains("连续5年零犯罪", page);
    }

    [Fact]
    public async Task Absurd_counts_an_achieved_village_with_offences_and_a_village_setting_its_own_status_are_refused()
    {
        var (_, villages, officer) = await TownAsync();
        async Task<string> Refused(HttpClient client, object body)
        {
            var answer = await client.PutAsJsonAsync("/api/v1/zero-crime", body);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            return await answer.Content.ReadAsStringAsync();
        }

        Assert.Contains("未成年人违法犯罪数应为0到100之间的整数", await Refused(officer, Status(villages[0], 2023, "NotAchieved", "500")));
        Assert.Contains("未成年人违法犯罪数应为0到100之间的整数", await Refused(officer, Status(villages[0], 2023, "NotAchieved", "-1")));
        Assert.Contains("不能认定为零犯罪达标", await Refused(officer, Status(villages[0], 2023, "Achieved", "1")));
        Assert.Contains("年度应在2000至", await Refused(officer, Status(villages[0], DateTime.UtcNow.Year + 1, "Achieved")));
        var villageOfficer = await App.ApiClientAsync(await App.UserAsync(villages[0].Id, RoleNames.Officer), CareStations.Password);
        Assert.Contains("由镇关工委干事根据派出所数据认定", await Refused(villageOfficer, Status(villages[0], 2023, "Achieved")));
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("wushenzhao")).PutAsJsonAsync("/api/v1/zero-crime", Status(villages[0], 2023, "Achieved"))).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.ZeroCrimeStatuses.AnyAsync(z => z.UnitId == villages[0].Id)));
    }
}

public sealed class ZeroCrimeTestsOnSqlite(SqliteAppFixture fixture) : ZeroCrimeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ZeroCrimeTestsOnPostgres(PostgresAppFixture fixture) : ZeroCrimeTests(fixture), IClassFixture<PostgresAppFixture>;

using System.Net;
using System.Net.Http.Json;
using Guangong.Web.Features.Committees;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Dates;

/// <summary>
/// Issue 9.1: a term starting 0001-01-01 or ending 9999-12-31 was accepted by the API and then took
/// every committee page of the town down. The validator refuses such dates, and a page survives one
/// that is stored anyway (written before the check, or by hand). Run once per provider.
/// </summary>
public abstract class OddStoredDateTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData("0001-01-01", null)]
    [InlineData("2021-01-01", "9999-12-31")]
    [InlineData("2023", null)]
    [InlineData("45021", null)]
    public async Task The_api_refuses_a_term_date_that_makes_no_sense(string termStart, string? termEnd)
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var api = await App.ApiClientAsync("wushenzhao");
        var response = await api.PostAsJsonAsync($"/api/v1/committees/{town.Id}/positions", new { role = "成员", personName = "日期测试", termStart, termEnd });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.LeadershipPositions.AnyAsync(p => p.PersonName == "日期测试")));
    }

    [Fact]
    public async Task Committee_pages_answer_with_an_odd_term_stored()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        await App.WithDbAsync(async db =>
        {
            // A vacant seat for ever, so the town fails "no vacancy" and the pages work out since when.
            db.LeadershipRules.Add(new LeadershipRule { UnitId = town.Id, Kind = RuleKind.NoVacancy, DueDate = new DateOnly(2023, 12, 31) });
            db.LeadershipPositions.Add(new LeadershipPosition { UnitId = town.Id, Role = "主任", TermStart = DateOnly.MinValue, TermEnd = DateOnly.MaxValue, SortOrder = 990 });
            db.LeadershipPositions.Add(new LeadershipPosition { UnitId = town.Id, Role = "成员", PersonName = "远古", TermStart = DateOnly.MinValue, TermEnd = new DateOnly(1, 1, 2), SortOrder = 991 });
            return await db.SaveChangesAsync();
        });

        foreach (var user in new[] { "zhenglu", "admin" })
        {
            var client = await App.SignedInAsync(user);
            var api = await App.ApiClientAsync(user);
            foreach (var url in new[] { "/committees", "/committees/compliance", "/committees/export?purpose=名册核对", "/committees/compliance/export", $"/committees/{town.Id}", $"/committees/{town.Id}/roster", "/api/v1/committees", $"/api/v1/committees/{town.Id}" })
            {
                var response = await (url.StartsWith("/api/", StringComparison.Ordinal) ? api : client).GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {url} answered {(int)response.StatusCode}");
            }
        }
    }
}

public sealed class OddStoredDateTestsOnSqlite(SqliteAppFixture fixture) : OddStoredDateTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class OddStoredDateTestsOnPostgres(PostgresAppFixture fixture) : OddStoredDateTests(fixture), IClassFixture<PostgresAppFixture>;

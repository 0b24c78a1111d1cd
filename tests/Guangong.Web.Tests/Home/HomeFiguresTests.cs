using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Home;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Home;

/// <summary>
/// The start page's year figures come from the roll-ups (a town's or district's own subtree rows; for the whole platform,
/// which has no unit, every unit's own cells): the same as counting the records of the scope.
/// </summary>
public abstract class HomeFiguresTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData("郑陆镇关工委", 2023)]
    [InlineData("天宁区关工委", 2023)]
    [InlineData(null, 2023)]
    [InlineData(null, 2026)]
    public async Task The_year_figures_are_the_count_over_the_scope_records(string? unitName, int year)
    {
        var unit = unitName is null ? null : await App.UnitAsync(unitName);
        var path = unit?.Path ?? "/";
        var from = new DateOnly(year, 1, 1);
        var figures = await App.WithServiceAsync<HomeFigures, (int Volunteers, int Activities, decimal Hours)>(f => f.YearAsync(year), unit?.Id, unit?.Path);

        var counted = await App.WithDbAsync(async db => (
            await db.Volunteers.CountAsync(v => v.UnitPath.StartsWith(path) && v.Status == VolunteerStatus.Active),
            await db.Activities.CountAsync(a => a.UnitPath.StartsWith(path) && a.Status == ActivityStatus.Completed && a.Date >= from),
            await db.ServiceHourEntries.Where(e => e.UnitPath.StartsWith(path) && e.Date >= from).SumAsync(e => (int?)e.Tenths) ?? 0));
        Assert.True(counted.Item2 > 0 && counted.Item3 > 0, "the demo's activities and hours in the scope");
        Assert.Equal((counted.Item1, counted.Item2, counted.Item3 / 10m), figures);
    }
}

public sealed class HomeFiguresTestsOnSqlite(SqliteAppFixture fixture) : HomeFiguresTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class HomeFiguresTestsOnPostgres(PostgresAppFixture fixture) : HomeFiguresTests(fixture), IClassFixture<PostgresAppFixture>;

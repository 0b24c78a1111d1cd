using System.Net;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.People;

/// <summary>
/// Issue 18: the renewal page (五老常态化补充) counts the roster by status, layer and category and the history by year
/// from the kept tallies and roll-ups and small indexes (a district's hundred thousand volunteers and changes were read
/// into memory, 0.6 s at the county, then grouped in the database, 0.2 s): the same figures as counting every row of the
/// scope. Leaving is counted once per person (退出 then 已故 is not a second leaving), as the dashboard's 减少五老.
/// </summary>
public abstract class TeamRenewalTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public Task The_renewal_report_counted_in_the_database_is_the_count_over_the_scope_rows() => ReportMatchesRowsAsync("郑陆镇关工委");

    /// <summary>The whole platform (no unit: the administrator) reads every unit's cells, summed in the database.</summary>
    [Fact]
    public Task The_whole_platforms_renewal_report_is_the_count_over_every_row() => ReportMatchesRowsAsync(null);

    private async Task ReportMatchesRowsAsync(string? unitName)
    {
        var town = unitName is null ? null : await App.UnitAsync(unitName);
        var path = town?.Path ?? "/";
        var report = await App.WithServiceAsync<TeamRenewal, RenewalReport>(r => r.ReportAsync(), town?.Id, town?.Path);

        var (people, changes) = await App.WithDbAsync(async db => (
            await db.Volunteers.AsNoTracking().Where(v => v.UnitPath.StartsWith(path)).Select(v => new { v.Status, v.Layer, v.Category }).ToListAsync(),
            await db.VolunteerStatusChanges.AsNoTracking().Where(c => c.UnitPath.StartsWith(path)).Select(c => new { c.FromStatus, c.ToStatus, c.Date }).ToListAsync()));
        Assert.True(people.Count >= 5 && changes.Count >= 5 && people.Select(p => p.Status).Distinct().Count() > 1, "the demo town's roster and history");

        Assert.All(Enum.GetValues<VolunteerStatus>(), s => Assert.Equal(people.Count(p => p.Status == s), report.ByStatus[s]));
        Assert.Equal(people.Select(p => p.Layer ?? "未定").Distinct().Order(), report.ByLayer.Keys.Order());
        Assert.Equal(people.Select(p => p.Category ?? "未分类").Distinct().Order(), report.ByCategory.Keys.Order());
        foreach (var layer in people.GroupBy(p => p.Layer ?? "未定"))
        {
            Assert.All(layer.GroupBy(p => p.Status), s => Assert.Equal(s.Count(), report.ByLayer[layer.Key][s.Key]));
        }

        foreach (var category in people.GroupBy(p => p.Category ?? "未分类"))
        {
            Assert.All(category.GroupBy(p => p.Status), s => Assert.Equal(s.Count(), report.ByCategory[category.Key][s.Key]));
        }

        var years = changes.GroupBy(c => c.Date.Year).OrderByDescending(g => g.Key).Select(g => new RenewalYear(
            g.Key,
            g.Count(c => c.ToStatus == VolunteerStatus.Prospective && c.FromStatus is null),
            g.Count(c => c.ToStatus == VolunteerStatus.Active && c.FromStatus is null or VolunteerStatus.Prospective),
            g.Count(c => c.ToStatus is VolunteerStatus.Withdrawn or VolunteerStatus.Deceased && c.FromStatus is not (VolunteerStatus.Withdrawn or VolunteerStatus.Deceased))))
            .Where(y => y.Proposed + y.Joined + y.Left > 0).ToList();
        Assert.Equal(years, report.Years);
        Assert.Contains(report.Years, y => y.Joined > 0);

        if (town is null)
        {
            return;
        }

        var officer = await App.SignedInAsync("zhenglu");
        var page = await officer.GetAsync("/volunteers/renewal");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("renewal-years", await page.Content.ReadAsStringAsync());
    }
}

public sealed class TeamRenewalTestsOnSqlite(SqliteAppFixture fixture) : TeamRenewalTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class TeamRenewalTestsOnPostgres(PostgresAppFixture fixture) : TeamRenewalTests(fixture), IClassFixture<PostgresAppFixture>;

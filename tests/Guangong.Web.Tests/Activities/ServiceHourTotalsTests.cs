using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// Issue 18.3: the hours page ranks from per-volunteer and per-unit year totals kept with the writes. After random
/// lines (several volunteers, units and years, reversals, patrol lines without an activity) the totals equal the
/// GROUP BY over the lines, the page shows for random scopes exactly what the lines give, and a rebuild changes nothing.
/// </summary>
public abstract class ServiceHourTotalsTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_totals_kept_with_the_writes_equal_the_lines()
    {
        var random = new Random(18);
        var (units, volunteers, activities) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync(),
            await db.Volunteers.AsNoTracking().OrderBy(v => v.Id).Select(v => v.Id).Take(12).ToListAsync(),
            await db.Activities.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.UnitId, a.UnitPath }).Take(30).ToListAsync()));
        for (var batch = 0; batch < 8; batch++)
        {
            await App.WithDbAsync(async db =>
            {
                for (var i = 0; i < 25; i++)
                {
                    var date = new DateOnly(2024, 1, 1).AddDays(random.Next(730));
                    var line = new ServiceHourEntry { VolunteerId = volunteers[random.Next(volunteers.Count)], Date = date, Tenths = random.Next(-15, 60), Verified = random.Next(2) == 0, EnteredByName = "测试" };
                    if (random.Next(4) == 0)
                    {
                        var unit = units[random.Next(units.Count)];
                        (line.Source, line.SourceId, line.SourceTitle, line.UnitId) = (ServiceSource.Patrol, random.Next(1, 9), "巡逻", unit.Id);
                    }
                    else
                    {
                        var activity = activities[random.Next(activities.Count)];
                        (line.ActivityId, line.UnitId) = (activity.Id, activity.UnitId);
                    }

                    db.ServiceHourEntries.Add(line);
                }

                return await db.SaveChangesAsync();
            });
        }

        var kept = await RowsAsync();
        Assert.Equal(await FromLinesAsync(), kept);
        var subtrees = await SubtreeRowsAsync();
        Assert.Equal(await SubtreesFromLinesAsync(), subtrees);
        Assert.Contains(kept, r => r.Year == 2025);

        // The page of random scopes and years shows what the lines give (every page of the ranking, and the units).
        var checkedRows = 0;
        foreach (var unit in units.OrderBy(_ => random.Next()).Take(8).Append(units.OrderBy(u => u.Path.Length).First()))
        {
            foreach (var year in new[] { 2024, 2025 })
            {
                var (shown, expected) = await App.WithDbAsync(async db =>
                {
                    var hours = new ServiceHours(db, new ConfigurationBuilder().Build(), new Guangong.Web.Features.People.TownVolunteers(db, new Guangong.Web.Features.Organization.TownNamedUnits(db)));
                    var pages = new List<VolunteerHours>();
                    (PagedList<VolunteerHours> People, IReadOnlyList<UnitServiceHours> Units) page;
                    var number = 1;
                    do
                    {
                        page = await hours.PageAsync(year, number);
                        pages.AddRange(page.People.Items);
                    }
                    while (number++ < page.People.PageCount);

                    return ((pages, page.Units), await DirectAsync(db, hours, year));
                }, unit.Id, unit.Path);
                // Whether a name links to its record is the page's business (TownVolunteerTests), not the totals'.
                Assert.Equal(expected.People.Select(p => p with { CanOpen = false }), shown.pages.Select(p => p with { CanOpen = false }));
                Assert.Equal(expected.Units.OrderBy(u => u.UnitName).ThenBy(u => u.Hours), shown.Units.OrderBy(u => u.UnitName).ThenBy(u => u.Hours));
                checkedRows += shown.pages.Count;
            }
        }

        Assert.True(checkedRows > 20, $"only {checkedRows} ranked rows compared");

        await App.WithDbAsync(db => ServiceHourTotalsFollower.RebuildAsync(db));
        Assert.Equal(kept, await RowsAsync());
        Assert.Equal(subtrees, await SubtreeRowsAsync());
    }

    /// <summary>A village moved to another town: its volunteers' hours leave the old town's subtree sums and join the new one's.</summary>
    [Fact]
    public async Task A_moved_unit_takes_its_hours_from_the_old_subtree_sums_to_the_new()
    {
        var (village, town, volunteer, activity) = await App.WithDbAsync(async db =>
        {
            var v = await db.Units.AsNoTracking().SingleAsync(u => u.Name == "舜山村关工委");
            var t = await db.Units.AsNoTracking().SingleAsync(u => u.Name == "乌审召镇关工委");
            var a = new Activity { UnitId = v.Id, Title = "移动测试", Category = "关爱帮扶", Status = ActivityStatus.Completed, Date = new DateOnly(2024, 6, 1), CreatedByUserId = await db.Users.Select(u => u.Id).FirstAsync() };
            db.Activities.Add(a);
            await db.SaveChangesAsync();
            var person = await db.Volunteers.AsNoTracking().OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
            db.ServiceHourEntries.Add(new ServiceHourEntry { ActivityId = a.Id, VolunteerId = person, UnitId = v.Id, Date = a.Date, Tenths = 35, EnteredByName = "测试" });
            await db.SaveChangesAsync();
            return (v, t, person, a.Id);
        });
        var oldTown = village.Path[..(village.Path.TrimEnd('/').LastIndexOf('/') + 1)];
        Assert.Contains(await SubtreeRowsAsync(), r => r.Volunteer == volunteer && r.Path == oldTown && r.Year == 2024);

        var moved = await App.WithServiceAsync<Guangong.Web.Features.Organization.OrganizationTree, CommandResult<Guangong.Web.Features.Organization.Unit>>(t => t.MoveAsync(village.Id, village.Version, town.Id));
        Assert.True(moved.Succeeded);
        var kept = await SubtreeRowsAsync();
        Assert.Equal(await SubtreesFromLinesAsync(), kept);
        Assert.Contains(kept, r => r.Volunteer == volunteer && r.Path == town.Path && r.Year == 2024 && r.Tenths >= 35);
        Assert.Equal(activity, await App.WithDbAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.Id).SingleAsync()));
    }

    private Task<List<(long Volunteer, int Year, long Unit, string Path, int Tenths, int Verified, int Activities)>> SubtreeRowsAsync() =>
        App.WithDbAsync(async db => (await db.VolunteerSubtreeHours.AsNoTracking().ToListAsync())
            .Select(r => (r.VolunteerId, r.Year, r.UnitId, r.UnitPath, r.Tenths, r.VerifiedTenths, r.Activities)).Order().ToList());

    /// <summary>Each line counted for every unit whose subtree holds its unit (from the units' paths now), grouped by volunteer, year and that unit.</summary>
    private Task<List<(long Volunteer, int Year, long Unit, string Path, int Tenths, int Verified, int Activities)>> SubtreesFromLinesAsync() =>
        App.WithDbAsync(async db =>
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync();
            var lines = await db.ServiceHourEntries.AsNoTracking().ToListAsync();
            return lines.SelectMany(e => units.Where(u => e.UnitPath.StartsWith(u.Path, StringComparison.Ordinal)).Select(u => (Line: e, Above: u)))
                .GroupBy(x => (x.Line.VolunteerId, x.Line.Date.Year, x.Above.Id, x.Above.Path))
                .Select(g => (g.Key.VolunteerId, g.Key.Year, g.Key.Id, g.Key.Path, g.Sum(x => x.Line.Tenths), g.Where(x => x.Line.Verified).Sum(x => x.Line.Tenths),
                    g.Where(x => x.Line.ActivityId != null).Select(x => x.Line.ActivityId).Distinct().Count()))
                .Order().ToList();
        });

    private Task<List<(long Volunteer, int Year, long Unit, string Path, int Tenths, int Verified, int Activities)>> RowsAsync() =>
        App.WithDbAsync(async db => (await db.VolunteerYearHours.AsNoTracking().ToListAsync())
            .Select(r => (r.VolunteerId, r.Year, r.UnitId, r.UnitPath, r.Tenths, r.VerifiedTenths, r.Activities)).Order().ToList());

    /// <summary>The GROUP BY over the lines, written independently of the upkeep.</summary>
    private Task<List<(long Volunteer, int Year, long Unit, string Path, int Tenths, int Verified, int Activities)>> FromLinesAsync() =>
        App.WithDbAsync(async db => (await db.ServiceHourEntries.AsNoTracking().ToListAsync())
            .GroupBy(e => (e.VolunteerId, e.Date.Year, e.UnitId))
            .Select(g => (g.Key.VolunteerId, g.Key.Year, g.Key.UnitId, g.First().UnitPath, g.Sum(e => e.Tenths), g.Where(e => e.Verified).Sum(e => e.Tenths), g.Where(e => e.ActivityId != null).Select(e => e.ActivityId).Distinct().Count()))
            .Order().ToList());

    [Fact]
    public async Task A_year_with_more_volunteers_than_one_statement_takes_parameters_is_named_in_one_query()
    {
        // The year's export names everyone who served: a county's year holds ~100,000, more than SQLite (32,766) or
        // PostgreSQL (65,535) take as parameters of one statement. The ids go as one array parameter.
        var ids = Enumerable.Range(1, 70_000).Select(i => (long)i).ToList();
        var names = await App.WithServiceAsync<Guangong.Web.Features.People.TownVolunteers, Dictionary<long, Guangong.Web.Features.People.TownVolunteer>>(t => t.NamesAsync(ids));
        var roster = await App.WithDbAsync(db => db.Volunteers.CountAsync(v => v.Id <= 70_000));
        Assert.True(roster > 0);
        Assert.Equal(roster, names.Count);
    }

    /// <summary>The page's figures straight from the lines in the scope (what the page summed before the totals).</summary>
    private static async Task<(List<VolunteerHours> People, List<UnitServiceHours> Units)> DirectAsync(GuangongDbContext db, ServiceHours hours, int year)
    {
        var lines = await db.ServiceHourEntries.AsNoTracking().ToListAsync();
        // Named as the page names them: a village's view names the town's volunteers who served there.
        var ids = await db.ServiceHourEntries.AsNoTracking().Select(e => e.VolunteerId).Distinct().ToListAsync();
        var names = (await new Guangong.Web.Features.People.TownVolunteers(db, new Guangong.Web.Features.Organization.TownNamedUnits(db)).NamedAsync(ids)).ToDictionary(v => v.Key, v => new { v.Value.Name, Unit = v.Value.UnitName });
        var ofYear = lines.Where(e => e.Date.Year == year).ToList();
        var people = ofYear.GroupBy(e => e.VolunteerId)
            .Select(g => (Id: g.Key, Tenths: g.Sum(e => e.Tenths), Verified: g.Where(e => e.Verified).Sum(e => e.Tenths), Activities: g.Where(e => e.ActivityId != null).Select(e => e.ActivityId).Distinct().Count()))
            .Where(g => g.Tenths != 0).OrderByDescending(g => g.Tenths).ThenBy(g => g.Id)
            .Select(g =>
            {
                var lifetime = lines.Where(e => e.VolunteerId == g.Id).Sum(e => e.Tenths) / 10m;
                return new VolunteerHours(g.Id, names.GetValueOrDefault(g.Id)?.Name ?? string.Empty, names.GetValueOrDefault(g.Id)?.Unit ?? string.Empty, g.Activities, g.Tenths / 10m, g.Verified / 10m, lifetime, hours.StarsFor(lifetime));
            }).ToList();
        // By the unit directly below the scope that holds the line's unit (or the scope's own, 本级).
        var scope = await db.Units.AsNoTracking().SingleAsync(u => u.Id == db.Scope.UnitId);
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == scope.Id).ToListAsync();
        var units = ofYear.GroupBy(e => e.UnitId == scope.Id ? $"{scope.Name}（本级）" : children.SingleOrDefault(c => e.UnitPath.StartsWith(c.Path, StringComparison.Ordinal))?.Name)
            .Where(g => g.Key is not null)
            .Select(g => new UnitServiceHours(g.Key!, g.Where(e => e.ActivityId != null).Select(e => e.ActivityId).Distinct().Count(),
                g.GroupBy(e => e.UnitId).Sum(u => u.Select(e => e.VolunteerId).Distinct().Count()), g.Sum(e => e.Tenths) / 10m))
            .Where(u => u.Hours != 0).ToList();
        return (people, units);
    }
}

public sealed class ServiceHourTotalsTestsOnSqlite(SqliteAppFixture fixture) : ServiceHourTotalsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ServiceHourTotalsTestsOnPostgres(PostgresAppFixture fixture) : ServiceHourTotalsTests(fixture), IClassFixture<PostgresAppFixture>;

using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Generation;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure.Generation;

/// <summary>
/// Issue 18.1: each preset's shape, at a few rows per unit, gives a consistent database: every unit's path is
/// its parent's plus its id, every record carries its unit's path, an activity's hour lines carry its
/// unit and date (the demo's patrol and inspection lines have no activity), an activity cites only a task its unit may cite, a station stands in a village's committee, an article tells of its unit's activity and is adopted by its town's outlets, and the roll-up cells written by the generator are exactly those a rebuild computes.
/// </summary>
public abstract class GeneratorTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData("town")]
    [InlineData("county")]
    [InlineData("city")]
    [InlineData("province")]
    public async Task A_preset_generates_a_consistent_database_with_the_figures_of_a_rebuild(string name)
    {
        var preset = GeneratorPreset.All[name].Tiny();
        var demoArticles = await App.WithDbAsync(db => db.Articles.MaxAsync(a => (long?)a.Id)) ?? 0;
        var report = await App.WithDbAsync(db => new DataGenerator(db).RunAsync(preset, new GeneratorOptions(1, 18, new DateOnly(2026, 8, 31)), TextWriter.Null));
        Assert.All(new[] { "Unit", "Volunteer", "Activity", "ServiceHourEntry", "TaskProgress", "RollupCell", "Station", "Correspondent", "Outlet", "Article", "ArticleStep", "Adoption" }, t => Assert.True(report.Rows.GetValueOrDefault(t) > 0, t));

        var problems = await App.WithDbAsync(async db =>
        {
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
            var found = units.Values.Where(u => u.Path != (u.ParentId is { } p ? units[p].Path : "/") + u.Id + "/").Select(u => "unit " + u.Name).ToList();
            found.AddRange((await db.Volunteers.AsNoTracking().Select(v => new { v.Id, v.UnitId, v.UnitPath }).ToListAsync()).Where(v => units[v.UnitId].Path != v.UnitPath).Select(v => "volunteer " + v.Id));
            found.AddRange((await db.Activities.AsNoTracking().Select(a => new { a.Id, a.UnitId, a.UnitPath }).ToListAsync()).Where(a => units[a.UnitId].Path != a.UnitPath).Select(a => "activity " + a.Id));
            found.AddRange((await db.TaskAssignments.AsNoTracking().Select(a => new { a.Id, a.UnitId, a.UnitPath }).ToListAsync()).Where(a => units[a.UnitId].Path != a.UnitPath).Select(a => "assignment " + a.Id));
            // A station stands in a village's or community's committee and carries its path; so do its honours.
            found.AddRange((await db.Stations.AsNoTracking().Select(s => new { s.Id, s.UnitId, s.UnitPath }).ToListAsync())
                .Where(s => units[s.UnitId].Path != s.UnitPath || units[s.UnitId].Level != Web.Features.Organization.UnitLevel.Village || units[s.UnitId].Kind != Web.Features.Organization.UnitKind.Committee)
                .Select(s => "station " + s.Id));
            found.AddRange((await db.Correspondents.AsNoTracking().Select(c => new { c.Id, c.UnitId, c.UnitPath }).ToListAsync()).Where(c => units[c.UnitId].Path != c.UnitPath).Select(c => "correspondent " + c.Id));
            found.AddRange(await db.StationHonours.AsNoTracking().Where(h => db.Stations.Any(s => s.Id == h.StationId && (s.UnitPath != h.UnitPath || s.UnitId != h.UnitId))).Select(h => "station honour " + h.Id).ToListAsync());
            found.AddRange(await db.ServiceHourEntries.AsNoTracking().Where(e => e.ActivityId != null && (e.UnitPath != e.Activity!.UnitPath || e.Date != e.Activity.Date)).Select(e => "hour line " + e.Id).ToListAsync());
            found.AddRange(await db.Activities.AsNoTracking()
                .Where(a => a.VolunteerCount != db.ServiceHourEntries.Where(e => e.ActivityId == a.Id).Select(e => e.VolunteerId).Distinct().Count())
                .Select(a => "volunteer count of activity " + a.Id).ToListAsync());
            // An activity cites a task of its own year's plan that its unit may cite: assigned to it, or its town's own.
            var tasks = await db.PlanTasks.AsNoTracking().Select(t => new { t.Id, t.UnitId, t.Plan!.Year }).ToDictionaryAsync(t => t.Id);
            var assigned = (await db.TaskAssignments.AsNoTracking().Select(a => new { a.TaskId, a.UnitId }).ToListAsync()).Select(a => (a.TaskId, a.UnitId)).ToHashSet();
            var cited = await db.Activities.AsNoTracking().Where(a => a.PlanTaskId != null).Select(a => new { a.Id, a.UnitId, a.Date, TaskId = a.PlanTaskId!.Value }).ToListAsync();
            found.AddRange(cited.Where(a => tasks[a.TaskId].Year != a.Date.Year || (tasks[a.TaskId].UnitId != a.UnitId && !assigned.Contains((a.TaskId, a.UnitId))))
                .Select(a => "task cited by activity " + a.Id));
            // An article is about an activity of its own unit, written after it; it is adopted exactly when an outlet of
            // its town used it, and an outlet's town holds the article's unit.
            found.AddRange(await db.Articles.AsNoTracking().Where(a => a.Id > demoArticles)
                .Where(a => a.UnitPath != db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Path).First()
                    || !db.Activities.Any(x => x.Id == a.ActivityId && x.UnitId == a.UnitId && x.Date <= a.WrittenOn)
                    || (a.Status == Web.Features.Publicity.ArticleStatus.Adopted) != a.Adoptions.Any()
                    || a.Adoptions.Any(x => x.UnitPath != a.UnitPath || !a.UnitPath.StartsWith(x.Outlet!.UnitPath) || x.Date < a.WrittenOn)
                    || !a.Authors.Any(x => x.Position == 0))
                .Select(a => "article " + a.Id).ToListAsync());
            if (cited.Count == 0)
            {
                found.Add("no activity cites a plan task");
            }

            return found;
        });
        Assert.Empty(problems);

        // The hours page's year totals are filled too, equal to the GROUP BY over the lines (issue 18.3).
        var (totals, fromLines) = await App.WithDbAsync(async db => (
            (await db.VolunteerYearHours.AsNoTracking().ToListAsync()).Select(r => $"{r.VolunteerId}|{r.Year}|{r.UnitId}|{r.UnitPath}|{r.Tenths}|{r.VerifiedTenths}|{r.Activities}").Order(StringComparer.Ordinal).ToList(),
            (await db.ServiceHourEntries.AsNoTracking().ToListAsync()).GroupBy(e => (e.VolunteerId, e.Date.Year, e.UnitId))
                .Select(g => $"{g.Key.VolunteerId}|{g.Key.Year}|{g.Key.UnitId}|{g.First().UnitPath}|{g.Sum(e => e.Tenths)}|{g.Where(e => e.Verified).Sum(e => e.Tenths)}|{g.Where(e => e.ActivityId != null).Select(e => e.ActivityId).Distinct().Count()}")
                .Order(StringComparer.Ordinal).ToList()));
        Assert.Equal(fromLines, totals);

        var written = await Cells();
        await App.WithServiceAsync<RollupRebuild, int>(r => r.RunAsync());
        Assert.Equal(written, await Cells());
        Assert.Contains(written, c => c.StartsWith("activities|", StringComparison.Ordinal) && c.Contains("防溺水", StringComparison.Ordinal));
        Assert.Contains(written, c => c.StartsWith(Web.Features.Statistics.Indicators.IndicatorCatalog.ArticlesAdopted.Code + "|", StringComparison.Ordinal));
    }

    private Task<List<string>> Cells() => App.WithDbAsync(async db =>
        (await db.RollupCells.AsNoTracking().Select(c => new { c.UnitId, c.UnitPath, c.Period, c.Indicator, c.Key, c.Value }).ToListAsync())
            .Select(c => $"{c.Indicator}|{c.Key}|{c.UnitId}|{c.UnitPath}|{c.Period}|{c.Value}").Order(StringComparer.Ordinal).ToList());
}

public sealed class GeneratorTestsOnSqlite(SqliteAppFixture fixture) : GeneratorTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class GeneratorTestsOnPostgres(PostgresAppFixture fixture) : GeneratorTests(fixture), IClassFixture<PostgresAppFixture>;

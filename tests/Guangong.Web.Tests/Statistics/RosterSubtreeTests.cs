using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// Issue 18: the subtree roster rows a district's dashboard reads are, after additions, edits, status changes, transfers,
/// deletions and a unit's move, exactly the roster tallies summed over each unit's path range; and the dashboard's roster
/// (total, own, per child; this year and past years with the later changes undone) equals the grouping of the tallies
/// over the subtree's range that it replaced.
/// </summary>
public abstract class RosterSubtreeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static readonly string[] RosterCodes = [VolunteersByCategory.Code, VolunteersByLayer.Code, VolunteersByAge.Code];

    [Fact]
    public async Task Subtree_roster_rows_equal_the_tallies_summed_over_each_range_and_give_the_same_dashboard()
    {
        var random = new Random(1818);
        var units = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Path }).ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (_, layers) = await RosterChurn.RunAsync(App, random, [.. units.Select(u => (u.Id, u.Path))], "下辖", renames: false);

        Assert.Equal(await FromTalliesAsync(), await SubtreeRowsAsync());

        // A village moved to another town: the towns' (and only their) sums change with it.
        var (village, town) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().SingleAsync(u => u.Name == "舜山村关工委"), await db.Units.AsNoTracking().SingleAsync(u => u.Name == "乌审召镇关工委")));
        await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = "下辖五老搬迁", Gender = Gender.Male, BirthYear = 1951, Category = "下辖搬迁类", Layer = layers[0] };
            v.History.Add(VolunteerStatusChange.Apply(v, VolunteerStatus.Active, today.AddDays(-1000), null));
            db.Volunteers.Add(v);
            return await db.SaveChangesAsync();
        });
        var moved = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(village.Id, village.Version, town.Id));
        Assert.True(moved.Succeeded);
        var rows = await SubtreeRowsAsync();
        Assert.Equal(await FromTalliesAsync(), rows);
        Assert.Contains(rows, r => r.Unit == town.Id && r.Dimension == VolunteersByCategory.Code && r.Key == "下辖搬迁类");

        var parents = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => db.Units.Any(c => c.ParentId == u.Id)).Select(u => u.Id).ToListAsync());
        foreach (var id in parents)
        {
            // Whole years (the rows undoing each later year's changes) and spans ending within a year (its later changes undone one by one).
            foreach (var span in new[] { MonthSpan.Year(today.Year), MonthSpan.Year(today.Year - 1), MonthSpan.Year(today.Year - 2),
                         new MonthSpan(((today.Year - 1) * 100) + 1, ((today.Year - 1) * 100) + 6), new MonthSpan(((today.Year - 2) * 100) + 3, ((today.Year - 2) * 100) + 9) })
            {
                await App.WithDbAsync(async db =>
                {
                    var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                    var unit = (await query.UnitAsync(id))!;
                    var figures = await query.FiguresAsync(unit, span);
                    var (total, own, children) = await OldRosterAsync(db, unit, await query.ChildrenAsync(unit), span.To / 100, SnapshotFigures.AsOf(span, today));
                    Assert.Equal(Roster(total), Roster(figures.Total));
                    Assert.Equal(Roster(own), Roster(figures.Own));
                    Assert.Equal(children.Select(Roster), figures.Children.Select(c => Roster(c.Figures)));
                    return 0;
                });
            }
        }

        // A rebuild gives the same rows.
        await App.WithDbAsync(db => RosterTally.RebuildAsync(db));
        Assert.Equal(rows, await SubtreeRowsAsync());
    }

    private static List<(string, string, long)> Roster(Figures figures) =>
        [.. figures.All.Where(v => RosterCodes.Contains(v.Key.Code)).Select(v => (v.Key.Code, v.Key.Key, v.Value)).Order()];

    /// <summary>
    /// The roster as the dashboard computed it before the subtree rows: the tallies of the subtree's range grouped per path,
    /// corrected by the volunteers whose status changed after the day, each path's sums given to the child whose path holds it.
    /// </summary>
    private static async Task<(Figures Total, Figures Own, List<Figures> Children)> OldRosterAsync(GuangongDbContext db, UnitRef unit, List<UnitRef> children, int year, DateOnly asOf)
    {
        var path = unit.Path;
        var rows = (await db.RosterTallies.AsNoTracking().InSubtree(path, db.Scope).ToListAsync()).Where(t => RosterTally.Read(t.Dimension).Year is null)
            .Select(t => (t.UnitPath, t.Dimension, t.Key, Count: (long)t.Count)).ToList();
        var changedLater = db.VolunteerStatusChanges.InSubtree(path, db.Scope).Where(c => c.Date > asOf).Select(c => c.VolunteerId);
        var corrections = await db.Volunteers.AsNoTracking().InSubtree(path, db.Scope).Where(v => changedLater.Contains(v.Id))
            .Select(v => new
            {
                v.UnitPath, v.Category, v.Layer, v.BirthYear,
                Now = v.Status == VolunteerStatus.Active,
                Then = v.History.Where(c => c.Date > asOf).OrderBy(c => c.Date).ThenBy(c => c.Id).Select(c => c.FromStatus).FirstOrDefault() == VolunteerStatus.Active,
            }).ToListAsync();
        foreach (var v in corrections.Where(v => v.Now != v.Then))
        {
            rows.AddRange(RosterTally.Keys(v.Category, v.Layer, v.BirthYear).Select(k => (v.UnitPath, k.Dimension, k.Key, v.Then ? 1L : -1L)));
        }

        var (total, own) = (new Figures(), new Figures());
        var perChild = children.Select(c => (c.Path, Figures: new Figures())).ToList();
        foreach (var cell in rows.GroupBy(r => (r.UnitPath, Code: r.Dimension == RosterTally.BirthYear ? VolunteersByAge.Code : r.Dimension,
                     Key: r.Dimension == RosterTally.BirthYear ? SnapshotFigures.AgeBand(year - int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture))
                         : string.IsNullOrEmpty(r.Key) ? "未填" : r.Key)))
        {
            var count = cell.Sum(r => r.Count);
            if (count != 0)
            {
                total.Add(cell.Key.Code, cell.Key.Key, count);
                (perChild.FirstOrDefault(c => cell.Key.UnitPath.StartsWith(c.Path, StringComparison.Ordinal)).Figures ?? own).Add(cell.Key.Code, cell.Key.Key, count);
            }
        }

        return (total, own, [.. perChild.Select(c => c.Figures)]);
    }

    private Task<List<(long Unit, string Path, string Dimension, string Key, int Count)>> SubtreeRowsAsync() =>
        App.WithDbAsync(async db => (await db.RosterSubtreeTallies.AsNoTracking().ToListAsync())
            .Select(r => (r.UnitId, r.UnitPath, r.Dimension, r.Key, r.Count)).Order().ToList());

    /// <summary>Each unit's tally counted for every unit whose path range holds it (paths as they are now), zeros left out.</summary>
    private Task<List<(long Unit, string Path, string Dimension, string Key, int Count)>> FromTalliesAsync() =>
        App.WithDbAsync(async db =>
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync();
            var tallies = await db.RosterTallies.AsNoTracking().ToListAsync();
            return tallies.SelectMany(t => units.Where(u => t.UnitPath.StartsWith(u.Path, StringComparison.Ordinal)).Select(u => (Tally: t, Above: u)))
                .GroupBy(x => (x.Above.Id, x.Above.Path, x.Tally.Dimension, x.Tally.Key))
                .Select(g => (g.Key.Id, g.Key.Path, g.Key.Dimension, g.Key.Key, Count: g.Sum(x => x.Tally.Count)))
                .Where(r => r.Count != 0).Order().ToList();
        });
}

public sealed class RosterSubtreeTestsOnSqlite(SqliteAppFixture fixture) : RosterSubtreeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RosterSubtreeTestsOnPostgres(PostgresAppFixture fixture) : RosterSubtreeTests(fixture), IClassFixture<PostgresAppFixture>;

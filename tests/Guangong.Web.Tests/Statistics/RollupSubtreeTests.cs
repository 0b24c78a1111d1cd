using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// Issue 18.3: the subtree rows a district's dashboard reads are, after saves, edits, deletions and a unit's move,
/// exactly the sums of the roll-up cells in each unit's path range; and the dashboard's monthly figures (total, own,
/// per child, per month, the opening year) equal the grouping of the cells over the subtree's range it replaced.
/// </summary>
public abstract class RollupSubtreeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static readonly string[] Categories = ["法治教育", "五个一", "防溺水宣传"];

    [Fact]
    public async Task Subtree_rows_equal_the_cells_summed_over_each_range_and_give_the_same_dashboard()
    {
        var random = new Random(18);
        var (units, userId) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Path }).ToListAsync(),
            await db.Users.AsNoTracking().Select(u => u.Id).FirstAsync()));
        DateOnly Day() => new DateOnly(2024, 1, 1).AddDays(random.Next(730));

        for (var batch = 0; batch < 4; batch++)
        {
            await App.WithDbAsync(async db =>
            {
                var activities = Enumerable.Range(0, 30).Select(_ => new Activity
                {
                    UnitId = units[random.Next(units.Count)].Id, Title = "下辖合计测试", Category = Categories[random.Next(Categories.Length)],
                    Status = ActivityStatus.Completed, Date = Day(), YouthReached = random.Next(0, 50), CreatedByUserId = userId,
                }).ToList();
                db.Activities.AddRange(activities);
                await db.SaveChangesAsync();
                return 0;
            });
        }

        await App.WithDbAsync(async db =>
        {
            foreach (var a in (await db.Activities.Where(a => a.Title == "下辖合计测试").ToListAsync()).OrderBy(_ => random.Next()).Take(25))
            {
                if (random.Next(2) == 0)
                {
                    (a.UnitId, a.Date) = (units[random.Next(units.Count)].Id, Day());
                }
                else
                {
                    db.Activities.Remove(a);
                }

                await db.SaveChangesAsync();
            }

            return 0;
        });
        Assert.Equal(await FromCellsAsync(), await SubtreeRowsAsync());

        // A village moved to another town: the towns' (and only their) sums change with it.
        var (village, town) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().SingleAsync(u => u.Name == "舜山村关工委"), await db.Units.AsNoTracking().SingleAsync(u => u.Name == "乌审召镇关工委")));
        await App.WithDbAsync(async db =>
        {
            db.Activities.Add(new Activity { UnitId = village.Id, Title = "下辖合计测试", Category = "五个一", Status = ActivityStatus.Completed, Date = new DateOnly(2025, 3, 2), CreatedByUserId = userId });
            return await db.SaveChangesAsync();
        });
        var moved = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(village.Id, village.Version, town.Id));
        Assert.True(moved.Succeeded);
        var rows = await SubtreeRowsAsync();
        Assert.Equal(await FromCellsAsync(), rows);
        Assert.Contains(rows, r => r.Unit == town.Id && r.Period == 202503 && r.Indicator == IndicatorCatalog.ActivitiesHeld.Code && r.Key == "五个一");

        // The dashboard of every unit with children, for a year and an odd span, against the grouping of the cells.
        var parents = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => db.Units.Any(c => c.ParentId == u.Id)).Select(u => u.Id).ToListAsync());
        foreach (var id in parents)
        {
            foreach (var span in new[] { MonthSpan.Year(2024), new MonthSpan(202405, 202507) })
            {
                await App.WithDbAsync(async db =>
                {
                    var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                    var unit = (await query.UnitAsync(id))!;
                    var figures = await query.FiguresAsync(unit, span);
                    var raw = await RawAsync(db, unit, await query.ChildrenAsync(unit), span);
                    Assert.Equal(Monthly(raw.Total), Monthly(figures.Total));
                    Assert.Equal(Monthly(raw.Own), Monthly(figures.Own));
                    Assert.Equal(raw.Children.Select(c => Monthly(c.Figures)), figures.Children.Select(c => Monthly(c.Figures)));
                    var months = await query.ByMonthAsync(unit, span);
                    Assert.Equal(raw.Months.OrderBy(m => m.Key).Select(m => (m.Key, Monthly(m.Value))), months.OrderBy(m => m.Key).Select(m => (m.Key, Monthly(m.Value))));
                    var latest = await db.RollupCells.AsNoTracking().InSubtree(unit.Path, db.Scope).Where(c => c.Period <= 202512 && c.Value != 0).MaxAsync(c => (int?)c.Period);
                    Assert.Equal(latest is { } p ? p / 100 : 2025, await query.OpeningYearAsync(unit, 2025));
                    return 0;
                });
            }
        }

        // A rebuild gives the same rows.
        await App.WithServiceAsync<RollupRebuild, int>(r => r.RunAsync());
        Assert.Equal(rows, await SubtreeRowsAsync());
    }

    private static List<(string, string, long)> Monthly(Figures figures) =>
        [.. figures.All.Where(v => IndicatorCatalog.Find(v.Key.Code)?.Source == IndicatorSource.Monthly).Select(v => (v.Key.Code, v.Key.Key, v.Value)).Order()];

    /// <summary>What the dashboard computed before the subtree rows: the cells of the range grouped per path, given to the child whose path holds it.</summary>
    private static async Task<(Figures Total, Figures Own, List<(long Child, Figures Figures)> Children, Dictionary<int, Figures> Months)> RawAsync(GuangongDbContext db, UnitRef unit, List<UnitRef> children, MonthSpan span)
    {
        var cells = await db.RollupCells.AsNoTracking().InSubtree(unit.Path, db.Scope).Where(c => c.Period >= span.From && c.Period <= span.To).ToListAsync();
        var (total, own) = (new Figures(), new Figures());
        var perChild = children.Select(c => (c.Id, c.Path, Figures: new Figures())).ToList();
        var months = new Dictionary<int, Figures>();
        foreach (var c in cells)
        {
            total.Add(c.Indicator, c.Key, c.Value);
            (perChild.FirstOrDefault(x => c.UnitPath.StartsWith(x.Path, StringComparison.Ordinal)).Figures ?? own).Add(c.Indicator, c.Key, c.Value);
            (months.TryGetValue(c.Period, out var m) ? m : months[c.Period] = new Figures()).Add(c.Indicator, c.Key, c.Value);
        }

        return (total, own, [.. perChild.Select(c => (c.Id, c.Figures))], months);
    }

    private Task<List<(long Unit, string Path, int Period, string Indicator, string Key, long Value)>> SubtreeRowsAsync() =>
        App.WithDbAsync(async db => (await db.RollupSubtreeCells.AsNoTracking().ToListAsync())
            .Select(r => (r.UnitId, r.UnitPath, r.Period, r.Indicator, r.Key, r.Value)).Order().ToList());

    /// <summary>Each cell counted for every unit whose path range holds it (paths as they are now), zeros left out.</summary>
    private Task<List<(long Unit, string Path, int Period, string Indicator, string Key, long Value)>> FromCellsAsync() =>
        App.WithDbAsync(async db =>
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync();
            var cells = await db.RollupCells.AsNoTracking().ToListAsync();
            return cells.SelectMany(c => units.Where(u => c.UnitPath.StartsWith(u.Path, StringComparison.Ordinal)).Select(u => (Cell: c, Above: u)))
                .GroupBy(x => (x.Above.Id, x.Above.Path, x.Cell.Period, x.Cell.Indicator, x.Cell.Key))
                .Select(g => (g.Key.Id, g.Key.Path, g.Key.Period, g.Key.Indicator, g.Key.Key, Value: g.Sum(x => x.Cell.Value)))
                .Where(r => r.Value != 0).Order().ToList();
        });
}

public sealed class RollupSubtreeTestsOnSqlite(SqliteAppFixture fixture) : RollupSubtreeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RollupSubtreeTestsOnPostgres(PostgresAppFixture fixture) : RollupSubtreeTests(fixture), IClassFixture<PostgresAppFixture>;

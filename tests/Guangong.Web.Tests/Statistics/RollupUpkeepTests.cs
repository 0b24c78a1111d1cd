using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// The roll-up upkeep beyond a record's own cells: a change of an outlet's level re-keys the adoptions it
/// published, with the same save (no rebuild needed); and, on PostgreSQL, two saves writing the same new
/// cell at once both succeed with the right value.
/// </summary>
public abstract class RollupUpkeepTests(AppFixture fixture)
{
    protected GuangongApp App => fixture.App;

    [Fact]
    public async Task Changing_an_outlets_level_moves_its_adoptions_to_the_new_level_as_a_rebuild_would()
    {
        var (outletId, level, adoptions) = await App.WithDbAsync(async db =>
        {
            var id = await db.Adoptions.GroupBy(a => a.OutletId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            return (id, await db.Outlets.Where(o => o.Id == id).Select(o => o.Level).SingleAsync(), await db.Adoptions.CountAsync(a => a.OutletId == id));
        });
        Assert.True(adoptions > 0);
        var newLevel = level == OutletLevel.City ? OutletLevel.Province : OutletLevel.City;
        Task<long> AdoptedAsync(OutletLevel l) =>
            App.WithDbAsync(db => db.RollupCells.Where(c => c.Indicator == ArticlesAdopted.Code && c.Key == EnumText.Of(l)).SumAsync(c => c.Value));
        var before = await AdoptedAsync(newLevel);

        await App.WithDbAsync(async db =>
        {
            (await db.Outlets.SingleAsync(o => o.Id == outletId)).Level = newLevel;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(before + adoptions, await AdoptedAsync(newLevel));
        var kept = await CellsAsync();
        await App.WithServiceAsync<RollupRebuild, int>(r => r.RunAsync());
        Assert.Equal(await CellsAsync(), kept);
    }

    private Task<List<(long, int, string, string, long)>> CellsAsync() =>
        App.WithDbAsync(async db => (await db.RollupCells.AsNoTracking().Where(c => c.Value != 0).Select(c => new { c.UnitId, c.Period, c.Indicator, c.Key, c.Value }).ToListAsync())
            .Select(c => (c.UnitId, c.Period, c.Indicator, c.Key, c.Value)).Order().ToList());
}

public sealed class RollupUpkeepTestsOnSqlite(SqliteAppFixture fixture) : RollupUpkeepTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RollupUpkeepTestsOnPostgres(PostgresAppFixture fixture) : RollupUpkeepTests(fixture), IClassFixture<PostgresAppFixture>
{
    /// <summary>
    /// Two saves of activities of the same unit, month and (new) category at the same moment both write the
    /// first cells of that month: neither may fail on the unique index, and the cell counts both. (SQLite runs
    /// one writer at a time, so this race is PostgreSQL's.)
    /// </summary>
    [Fact]
    public async Task Two_parallel_first_writes_of_the_same_cell_both_succeed_and_count_both()
    {
        var (unitId, userId) = await App.WithDbAsync(async db => (
            await db.Units.Where(u => u.Name == "舜山村关工委").Select(u => u.Id).SingleAsync(),
            await db.Users.Select(u => u.Id).FirstAsync()));
        for (var round = 1; round <= 6; round++)
        {
            var date = new DateOnly(2019, round, 15);
            var category = "并发写入" + round;
            await Task.WhenAll(Enumerable.Range(0, 2).Select(n => Task.Run(() => App.WithDbAsync(async db =>
            {
                db.Activities.Add(new Activity { UnitId = unitId, Title = $"并发{round}-{n}", Category = category, Status = ActivityStatus.Completed, Date = date, YouthReached = 10 + n, CreatedByUserId = userId });
                return await db.SaveChangesAsync();
            }))));

            var period = 201900 + round;
            var (held, youth) = await App.WithDbAsync(async db => (
                await db.RollupCells.Where(c => c.UnitId == unitId && c.Period == period && c.Indicator == ActivitiesHeld.Code && c.Key == category).SumAsync(c => c.Value),
                await db.RollupCells.Where(c => c.UnitId == unitId && c.Period == period && c.Indicator == Youth.Code).SumAsync(c => c.Value)));
            Assert.Equal(2, held);
            Assert.Equal(21, youth);
        }
    }
}

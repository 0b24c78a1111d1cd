using Guangong.Web.Features.Activities;
using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// Issue 17.9: the roll-up cells kept with the writes give, for random subtrees and periods of a generated
/// data set (a few hundred records over the demo tree, then random edits and deletions), exactly the
/// figures computed directly from the records; and a rebuild yields the same cells.
/// </summary>
public abstract class RollupConsistencyTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static readonly string[] Categories = ["法治教育", "五个一", "防溺水宣传", "关爱帮扶"];

    [Fact]
    public async Task Every_rolled_up_value_equals_the_figure_computed_from_the_records()
    {
        var random = new Random(17);
        var (units, volunteerId, userId) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync(),
            await db.Volunteers.AsNoTracking().Select(v => v.Id).FirstAsync(),
            await db.Users.AsNoTracking().Select(u => u.Id).FirstAsync()));
        DateOnly Day() => new DateOnly(2024, 1, 1).AddDays(random.Next(730));

        // A few hundred records in batches, as the pages would save them.
        for (var batch = 0; batch < 6; batch++)
        {
            await App.WithDbAsync(async db =>
            {
                var activities = Enumerable.Range(0, 35).Select(_ => new Activity
                {
                    UnitId = units[random.Next(units.Count)].Id, Title = "生成的活动", Category = Categories[random.Next(Categories.Length)],
                    Status = random.Next(5) == 0 ? ActivityStatus.Planned : ActivityStatus.Completed, Date = Day(), YouthReached = random.Next(0, 80), CreatedByUserId = userId,
                }).ToList();
                db.Activities.AddRange(activities);
                db.TrainingSessions.AddRange(Enumerable.Range(0, 8).Select(_ => new TrainingSession
                {
                    UnitId = units[random.Next(units.Count)].Id, Topic = "生成的培训", Date = Day(), Hours = random.Next(1, 9) / 2m,
                }));
                db.VolunteerStatusChanges.AddRange(Enumerable.Range(0, 8).Select(_ => new VolunteerStatusChange
                {
                    VolunteerId = volunteerId, UnitId = units[random.Next(units.Count)].Id, Date = Day(),
                    FromStatus = random.Next(3) == 0 ? null : VolunteerStatus.Prospective,
                    ToStatus = random.Next(2) == 0 ? VolunteerStatus.Active : VolunteerStatus.Withdrawn,
                }));
                await db.SaveChangesAsync();
                db.ServiceHourEntries.AddRange(activities.Take(25).Select(a => new ServiceHourEntry
                {
                    ActivityId = a.Id, VolunteerId = volunteerId, UnitId = a.UnitId, Date = a.Date, Tenths = random.Next(-20, 60),
                    Verified = random.Next(2) == 0, OnBehalf = random.Next(3) == 0, EnteredByName = "测试",
                }));
                await db.SaveChangesAsync();
                return 0;
            });
        }

        // Random edits (another unit, another month, another status) and deletions.
        await App.WithDbAsync(async db =>
        {
            var ids = await db.Activities.Where(a => a.Title == "生成的活动" && !db.ServiceHourEntries.Any(e => e.ActivityId == a.Id)).Select(a => a.Id).ToListAsync();
            foreach (var id in ids.OrderBy(_ => random.Next()).Take(30))
            {
                var a = await db.Activities.SingleAsync(x => x.Id == id);
                switch (random.Next(3))
                {
                    case 0: a.UnitId = units[random.Next(units.Count)].Id; a.Date = Day(); break;
                    case 1: a.Status = a.Status == ActivityStatus.Completed ? ActivityStatus.Draft : ActivityStatus.Completed; a.Category = Categories[random.Next(Categories.Length)]; break;
                    default: db.Activities.Remove(a); break;
                }

                await db.SaveChangesAsync();
            }

            return 0;
        });

        var checkedValues = 0;
        for (var i = 0; i < 25; i++)
        {
            var unit = units[random.Next(units.Count)];
            var from = 202401 + (random.Next(2) * 100) + random.Next(12);
            var to = Math.Min(202512, from + random.Next(14));
            if (to % 100 is 0 or > 12)
            {
                to = (to / 100 * 100) + 12;
            }

            var span = new MonthSpan(from, to);
            var (rolled, direct) = await App.WithDbAsync(async db =>
            {
                var query = new StatisticsQuery(db, TimeProvider.System);
                var root = (await query.UnitAsync(unit.Id))!;
                return ((await query.FiguresAsync(root, span)).Total, await DirectAsync(db, unit.Path, span));
            });
            foreach (var ((code, key), value) in direct.All)
            {
                Assert.True(rolled.Stored(code, key) == value, $"{code}/{key} of {unit.Path} {from}–{to}: roll-up {rolled.Stored(code, key)}, records {value}");
                checkedValues++;
            }

            foreach (var ((code, key), value) in rolled.All.Where(v => Find(v.Key.Code)!.Source == Features.Statistics.Indicators.IndicatorSource.Monthly
                         && v.Key.Code is not ("patrols" or "patrols.dissuaded" or "cafes.inspections" or "cafes.minors" or "articles.adopted")))
            {
                Assert.Equal(direct.Stored(code, key), value);
            }
        }

        Assert.True(checkedValues > 50, $"only {checkedValues} values compared");

        // A rebuild from the records gives the very same cells.
        var before = await CellsAsync();
        await App.WithServiceAsync<RollupRebuild, int>(r => r.RunAsync());
        Assert.Equal(before, await CellsAsync());
    }

    [Fact]
    public async Task Adding_editing_and_deleting_an_activity_moves_its_cells()
    {
        var (village, other, userId) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().SingleAsync(u => u.Name == "舜山村关工委"),
            await db.Units.AsNoTracking().SingleAsync(u => u.Name == "查汗庙嘎查关工委"),
            await db.Users.AsNoTracking().Select(u => u.Id).FirstAsync()));
        Task<long> CellAsync(string code, long unitId, int period, string key = "") =>
            App.WithDbAsync(db => db.RollupCells.Where(c => c.UnitId == unitId && c.Period == period && c.Indicator == code && c.Key == key).SumAsync(c => c.Value));

        var id = await App.WithDbAsync(async db =>
        {
            var a = new Activity { UnitId = village.Id, Title = "写入测试", Category = "写入测试类", Status = ActivityStatus.Completed, Date = new DateOnly(2023, 3, 8), YouthReached = 40, CreatedByUserId = userId };
            db.Activities.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        }, village.Id, village.Path);
        Assert.Equal(1, await CellAsync(ActivitiesHeld.Code, village.Id, 202303, "写入测试类"));
        Assert.Equal(40, await CellAsync(Youth.Code, village.Id, 202303));

        await App.WithDbAsync(async db =>
        {
            var a = await db.Activities.SingleAsync(x => x.Id == id);
            (a.UnitId, a.Date, a.YouthReached) = (other.Id, new DateOnly(2023, 5, 2), 25);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await CellAsync(ActivitiesHeld.Code, village.Id, 202303, "写入测试类"));
        Assert.Equal(0, await CellAsync(Youth.Code, village.Id, 202303));
        Assert.Equal(25, await CellAsync(Youth.Code, other.Id, 202305));

        await App.WithDbAsync(async db =>
        {
            db.Activities.Remove(await db.Activities.SingleAsync(x => x.Id == id));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await CellAsync(ActivitiesHeld.Code, other.Id, 202305, "写入测试类"));
        Assert.Equal(0, await CellAsync(Youth.Code, other.Id, 202305));
    }

    private Task<List<(long, int, string, string, long)>> CellsAsync() =>
        App.WithDbAsync(async db => (await db.RollupCells.AsNoTracking().Select(c => new { c.UnitId, c.Period, c.Indicator, c.Key, c.Value }).ToListAsync())
            .Select(c => (c.UnitId, c.Period, c.Indicator, c.Key, c.Value)).Order().ToList());

    /// <summary>The same figures straight from the records, written independently of the roll-up.</summary>
    private static async Task<Figures> DirectAsync(GuangongDbContext db, string path, MonthSpan span)
    {
        bool In(string p, DateOnly d) => p.StartsWith(path, StringComparison.Ordinal) && (d.Year * 100) + d.Month >= span.From && (d.Year * 100) + d.Month <= span.To;
        var f = new Figures();
        foreach (var a in (await db.Activities.AsNoTracking().ToListAsync()).Where(a => In(a.UnitPath, a.Date) && a.Status == ActivityStatus.Completed))
        {
            f.Add(ActivitiesHeld.Code, a.Category, 1);
            f.Add(Youth.Code, string.Empty, a.YouthReached);
        }

        foreach (var e in (await db.ServiceHourEntries.AsNoTracking().ToListAsync()).Where(e => In(e.UnitPath, e.Date)))
        {
            f.Add(HoursRecorded.Code, string.Empty, e.Tenths);
            f.Add(HoursVerified.Code, string.Empty, e.Verified ? e.Tenths : 0);
            f.Add(HoursOnBehalf.Code, string.Empty, e.OnBehalf ? e.Tenths : 0);
        }

        foreach (var s in (await db.TrainingSessions.AsNoTracking().ToListAsync()).Where(s => In(s.UnitPath, s.Date)))
        {
            f.Add(TrainingSessions.Code, string.Empty, 1);
            f.Add(TrainingHours.Code, string.Empty, (long)(s.Hours * 10));
        }

        foreach (var c in (await db.VolunteerStatusChanges.AsNoTracking().ToListAsync()).Where(c => In(c.UnitPath, c.Date)))
        {
            if (c.ToStatus == VolunteerStatus.Active && c.FromStatus is null or VolunteerStatus.Prospective)
            {
                f.Add(VolunteersJoined.Code, string.Empty, 1);
            }
            else if (c.ToStatus is VolunteerStatus.Withdrawn or VolunteerStatus.Deceased && c.FromStatus is not (VolunteerStatus.Withdrawn or VolunteerStatus.Deceased))
            {
                f.Add(VolunteersLeft.Code, c.ToStatus == VolunteerStatus.Withdrawn ? "退出" : "已故", 1);
            }
        }

        return f;
    }
}

public sealed class RollupConsistencyTestsOnSqlite(SqliteAppFixture fixture) : RollupConsistencyTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RollupConsistencyTestsOnPostgres(PostgresAppFixture fixture) : RollupConsistencyTests(fixture), IClassFixture<PostgresAppFixture>;

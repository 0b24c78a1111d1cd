using Guangong.Web.Features.Activities;
using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Features.Plans;
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
                var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
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

    /// <summary>
    /// Issue 17 (follow-up): the snapshot indicators of a past period are the records as they stood on its last
    /// day: volunteers replayed from their status history, plan tasks from their dated progress reports. The
    /// generated volunteers carry a category and a layer of their own, so their keys are compared exactly.
    /// </summary>
    [Fact]
    public async Task Snapshot_values_of_a_past_period_are_the_records_as_of_its_last_day()
    {
        const string category = "生成类别", layer = "生成层级";
        var random = new Random(1723);
        var units = await App.WithDbAsync(db => db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync());
        DateOnly Day() => new DateOnly(2023, 1, 1).AddDays(random.Next(1095));
        VolunteerStatus[] steps = [VolunteerStatus.Prospective, VolunteerStatus.Active, VolunteerStatus.Suspended, VolunteerStatus.Active, VolunteerStatus.Withdrawn, VolunteerStatus.Deceased];

        // Volunteers with random histories (each step from the one before, on or after its date), entered as the roster does.
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
            {
                var unit = units[random.Next(units.Count)];
                var v = new Volunteer { UnitId = unit.Id, UnitPath = unit.Path, Name = $"生成五老{i}", Gender = Gender.Male, BirthYear = random.Next(1938, 1968), Category = category, Layer = layer };
                VolunteerStatus? from = null;
                var date = Day();
                foreach (var to in steps.Skip(random.Next(2)).Take(random.Next(1, 5)))
                {
                    v.History.Add(new VolunteerStatusChange { UnitId = unit.Id, UnitPath = unit.Path, FromStatus = from, ToStatus = to, Date = date });
                    (v.Status, v.StatusDate, from) = (to, date, to);
                    date = date.AddDays(random.Next(1, 300));
                }

                db.Volunteers.Add(v);
            }

            // One who joined in May 2024: on no 2023 roster, on 2024's.
            var top = units.OrderBy(u => u.Path.Length).First();
            var joined = new Volunteer { UnitId = top.Id, UnitPath = top.Path, Name = "生成五老固定", Gender = Gender.Male, BirthYear = 1950, Category = category + "固定", Status = VolunteerStatus.Active, StatusDate = new DateOnly(2024, 5, 1) };
            joined.History.Add(new VolunteerStatusChange { UnitId = top.Id, UnitPath = top.Path, ToStatus = VolunteerStatus.Active, Date = new DateOnly(2024, 5, 1) });
            db.Volunteers.Add(joined);
            return await db.SaveChangesAsync();
        });

        // Progress reports on the 2023 plan's assignments, dated through the year (some out of order, as people report).
        await App.WithDbAsync(async db =>
        {
            var assignments = await db.TaskAssignments.ToListAsync();
            foreach (var a in assignments.OrderBy(_ => random.Next()).Take(Math.Min(40, assignments.Count)))
            {
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    var progress = new TaskProgress { AssignmentId = a.Id, TaskId = a.TaskId, UnitId = a.UnitId, UnitPath = a.UnitPath, Date = new DateOnly(2023, 1, 1).AddDays(random.Next(365)), Text = "生成的进展", Percent = random.Next(3) == 0 ? 100 : random.Next(10, 100), AuthorName = "测试" };
                    db.TaskProgress.Add(progress);
                    ProgressRules.Apply(a, progress);
                    await db.SaveChangesAsync();
                }
            }

            return 0;
        });

        var compared = 0;
        for (var i = 0; i < 20; i++)
        {
            var unit = i < 3 ? units.OrderBy(u => u.Path.Length).First() : units[random.Next(units.Count)];
            var to = ((2023 + random.Next(3)) * 100) + 1 + random.Next(12);
            var span = random.Next(2) == 0 ? new MonthSpan(to, to) : MonthSpan.Year(to / 100);
            var last = new DateOnly(span.To / 100, span.To % 100, 1).AddMonths(1).AddDays(-1);
            var (rolled, direct) = await App.WithDbAsync(async db =>
            {
                var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                return ((await query.FiguresAsync((await query.UnitAsync(unit.Id))!, span)).Total, await DirectSnapshotAsync(db, unit.Path, span.To / 100, last));
            });
            foreach (var (code, key) in new[] { (VolunteersByCategory.Code, category), (VolunteersByLayer.Code, layer), (TasksDone.Code, string.Empty), (TasksOverdue.Code, string.Empty) })
            {
                Assert.True(rolled.Stored(code, key) == direct.Stored(code, key), $"{code}/{key} of {unit.Path} as of {last}: dashboard {rolled.Stored(code, key)}, records {direct.Stored(code, key)}");
                compared += direct.Stored(code, key) > 0 ? 1 : 0;
            }
        }

        Assert.True(compared > 8, $"only {compared} non-zero values compared");

        // The figures move with the period: the volunteer who joined in May 2024 is on 2024's roster, not on 2023's nor April 2024's.
        var root = units.OrderBy(u => u.Path.Length).First();
        var counts = await App.WithDbAsync(async db =>
        {
            var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
            var r = (await query.UnitAsync(root.Id))!;
            var result = new List<long>();
            foreach (var span in new[] { MonthSpan.Year(2023), new MonthSpan(202404, 202404), new MonthSpan(202405, 202405), MonthSpan.Year(2024) })
            {
                result.Add((await query.FiguresAsync(r, span)).Total.Stored(VolunteersByCategory.Code, category + "固定"));
            }

            return result;
        });
        Assert.Equal([0L, 0L, 1L, 1L], counts);
    }

    /// <summary>
    /// Issue 18.3: the roster tally kept with the saves of volunteers (entered, changed category, layer or birth year,
    /// status changes, transfers to another unit, deletions) equals a recount, and the dashboard's roster of today and of a
    /// past year read from it (with the later changes undone) equals the roster replayed from the records.
    /// </summary>
    [Fact]
    public async Task The_roster_tally_kept_with_the_saves_equals_a_recount()
    {
        var random = new Random(1803);
        var units = await App.WithDbAsync(db => db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // One edit per save, as the roster's pages make them.
        var (categories, layers) = await RosterChurn.RunAsync(App, random, [.. units.Select(u => (u.Id, u.Path))], "计数", renames: true);

        var kept = await TallyAsync();
        Assert.Equal(await App.WithDbAsync(async db => Ordered(await RosterTally.CountAsync(db, null, default))), kept);
        Assert.Contains(kept, t => t.Item3 == RosterTally.BirthYear);

        foreach (var span in new[] { MonthSpan.Year(today.Year), MonthSpan.Year(today.Year - 1), MonthSpan.Year(today.Year - 2) })
        {
            foreach (var unit in units.OrderBy(u => u.Path.Length).Take(1).Concat(units.OrderBy(_ => random.Next()).Take(4)))
            {
                var last = SnapshotFigures.AsOf(span, today);
                var (rolled, direct) = await App.WithDbAsync(async db =>
                {
                    var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                    return ((await query.FiguresAsync((await query.UnitAsync(unit.Id))!, span)).Total, await DirectSnapshotAsync(db, unit.Path, span.To / 100, last));
                });
                // The demo's volunteers carry no history the replay could read; the generated ones' keys are their own.
                foreach (var (code, keys) in new[] { (VolunteersByCategory.Code, categories), (VolunteersByLayer.Code, layers) })
                {
                    foreach (var key in keys)
                    {
                        Assert.True(rolled.Stored(code, key) == direct.Stored(code, key), $"{code}/{key} of {unit.Path} as of {last}: dashboard {rolled.Stored(code, key)}, records {direct.Stored(code, key)}");
                    }
                }

                Assert.Equal(rolled.StoredTotal(VolunteersByCategory.Code), rolled.StoredTotal(VolunteersByAge.Code));
            }
        }

        // Rebuilt seven units at a time, as a province is rebuilt 2,000 at a time: the batches together give the kept rows.
        await App.WithDbAsync(db => RosterTally.RebuildAsync(db, 7, default));
        Assert.Equal(kept, await TallyAsync());
    }

    private Task<List<(long, string, string, string, int)>> TallyAsync() =>
        App.WithDbAsync(async db => Ordered(await db.RosterTallies.AsNoTracking().ToListAsync()));

    private static List<(long, string, string, string, int)> Ordered(IEnumerable<RosterTally> rows) =>
        rows.Select(t => (t.UnitId, t.UnitPath, t.Dimension, t.Key, t.Count)).Order().ToList();

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

    /// <summary>
    /// Snapshot figures replayed from the records as of a day: a volunteer's status is the latest change on or
    /// before it (by date, then entry), none yet is not on the roster; a task's progress is its latest report
    /// on or before it, done at 100%, overdue when undone at the end of the day of its deadline or later (past days only here).
    /// </summary>
    private static async Task<Figures> DirectSnapshotAsync(GuangongDbContext db, string path, int year, DateOnly day)
    {
        var f = new Figures();
        var changes = (await db.VolunteerStatusChanges.AsNoTracking().ToListAsync()).ToLookup(c => c.VolunteerId);
        foreach (var v in (await db.Volunteers.AsNoTracking().ToListAsync()).Where(v => v.UnitPath.StartsWith(path, StringComparison.Ordinal)))
        {
            var status = changes[v.Id].Where(c => c.Date <= day).OrderBy(c => c.Date).ThenBy(c => c.Id).LastOrDefault()?.ToStatus;
            if (status == VolunteerStatus.Active)
            {
                f.Add(VolunteersByCategory.Code, string.IsNullOrEmpty(v.Category) ? "未填" : v.Category, 1);
                f.Add(VolunteersByLayer.Code, string.IsNullOrEmpty(v.Layer) ? "未填" : v.Layer, 1);
            }
        }

        var plans = await db.WorkPlans.AsNoTracking().Where(p => p.Year == year).Select(p => p.Id).ToListAsync();
        var progress = (await db.TaskProgress.AsNoTracking().ToListAsync()).ToLookup(p => p.AssignmentId);
        foreach (var a in (await db.TaskAssignments.AsNoTracking().ToListAsync()).Where(a => a.UnitPath.StartsWith(path, StringComparison.Ordinal) && plans.Contains(a.PlanId) && !a.NotApplicable))
        {
            var percent = progress[a.Id].Where(p => p.Date <= day).OrderBy(p => p.Date).ThenBy(p => p.Id).LastOrDefault()?.Percent ?? 0;
            if (percent >= 100)
            {
                f.Add(TasksDone.Code, string.Empty, 1);
            }
            else if (a.DueDate <= day)
            {
                f.Add(TasksOverdue.Code, string.Empty, 1);
            }
        }

        return f;
    }

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
            else if (c.FromStatus == VolunteerStatus.Active && c.ToStatus == VolunteerStatus.Suspended)
            {
                f.Add(VolunteersSuspended.Code, string.Empty, 1);
            }
            else if (c.FromStatus == VolunteerStatus.Suspended && c.ToStatus == VolunteerStatus.Active)
            {
                f.Add(VolunteersResumed.Code, string.Empty, 1);
            }
        }

        return f;
    }
}

public sealed class RollupConsistencyTestsOnSqlite(SqliteAppFixture fixture) : RollupConsistencyTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RollupConsistencyTestsOnPostgres(PostgresAppFixture fixture) : RollupConsistencyTests(fixture), IClassFixture<PostgresAppFixture>;

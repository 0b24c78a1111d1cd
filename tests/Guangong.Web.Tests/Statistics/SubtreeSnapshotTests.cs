using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Plans;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// Issue 18, the snapshot figures of a subtree counted per child without listing the subtree. The task rows a province's dashboard reads are, after progress reports (late ones too), deadlines changed,
/// tasks set not applicable, assignments removed and a unit's move, exactly the assignments counted again and summed over
/// each unit's path range; and the dashboard's tasks done and overdue (total, own, per child; a year, a closed year with
/// reports after it, half a year) equal the count over every assignment that they replaced. The units below and the
/// committees meeting their rules, counted per child in the database, equal the counts one by one.
/// </summary>
public abstract class SubtreeSnapshotTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Task_rows_follow_every_save_and_give_the_same_figures_as_the_assignments()
    {
        var random = new Random(2318);
        var ids = await App.WithDbAsync(db => db.TaskAssignments.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.NotEmpty(ids);
        Assert.Equal(await RecountAsync(), await TalliesAsync());

        foreach (var id in ids.OrderBy(_ => random.Next()).Take(60))
        {
            await App.WithDbAsync(async db =>
            {
                var a = await db.TaskAssignments.SingleAsync(x => x.Id == id);
                switch (random.Next(6))
                {
                    case 0 or 1 or 2:
                        // Reports in the plan's year and after it (late ones change a closed year's figures), some at 100 %.
                        var progress = new TaskProgress
                        {
                            AssignmentId = a.Id, TaskId = a.TaskId, UnitId = a.UnitId, UnitPath = a.UnitPath, Text = "测试进展", AuthorName = "测试",
                            Date = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 900)), Percent = random.Next(3) == 0 ? 100 : random.Next(0, 101),
                        };
                        db.TaskProgress.Add(progress);
                        ProgressRules.Apply(a, progress);
                        break;
                    case 3:
                        a.DueDate = random.Next(4) == 0 ? null : new DateOnly(2023, 1, 1).AddDays(random.Next(0, 500));
                        break;
                    case 4:
                        a.NotApplicable = !a.NotApplicable;
                        break;
                    default:
                        db.TaskProgress.RemoveRange(await db.TaskProgress.Where(p => p.AssignmentId == a.Id).ToListAsync());
                        db.TaskAssignments.Remove(a);
                        break;
                }

                return await db.SaveChangesAsync();
            });
        }

        Assert.Equal(await RecountAsync(), await TalliesAsync());
        Assert.Equal(await FromTalliesAsync(), await SubtreeRowsAsync());

        // A unit holding assignments moved to another town: the towns' (and only their) sums change with it.
        var (mover, town) = await App.WithDbAsync(async db =>
        {
            var holder = await db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Village && db.TaskAssignments.Any(a => a.UnitId == u.Id && !a.NotApplicable)).OrderBy(u => u.Id).FirstAsync();
            var other = await db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Town && u.Id != holder.ParentId).OrderBy(u => u.Id).FirstAsync();
            return (holder, other);
        });
        var moved = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(mover.Id, mover.Version, town.Id));
        Assert.True(moved.Succeeded);
        var rows = await SubtreeRowsAsync();
        Assert.Equal(await FromTalliesAsync(), rows);
        Assert.Contains(rows, r => r.Unit == town.Id);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var parents = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => db.Units.Any(c => c.ParentId == u.Id)).Select(u => u.Id).ToListAsync());
        var checkedAny = false;
        foreach (var id in parents)
        {
            foreach (var span in new[] { MonthSpan.Year(2023), new MonthSpan(202301, 202306), MonthSpan.Year(2024), MonthSpan.Year(today.Year) })
            {
                checkedAny |= await App.WithDbAsync(async db =>
                {
                    var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                    var unit = (await query.UnitAsync(id))!;
                    var figures = await query.FiguresAsync(unit, span);
                    var (total, own, children) = await FromAssignmentsAsync(db, unit, await query.ChildrenAsync(unit), span, today);
                    Assert.Equal(total, Tasks(figures.Total));
                    Assert.Equal(own, Tasks(figures.Own));
                    Assert.Equal(children, figures.Children.Select(c => Tasks(c.Figures)).ToList());
                    return total.Done + total.Overdue > 0;
                });
            }
        }

        Assert.True(checkedAny);

        // A rebuild gives the same rows.
        await App.WithDbAsync(db => TaskTally.RebuildAsync(db));
        Assert.Equal(rows, await SubtreeRowsAsync());
    }

    [Fact]
    public async Task Removing_a_plan_removes_its_tasks_from_the_counts_of_a_unit_that_moved_away()
    {
        // A village of 郑陆 holds a task of a new 郑陆 plan, then moves to 乌审召; 郑陆 removes the plan.
        var (town, village, other) = (await App.UnitAsync("郑陆镇关工委"), await App.UnitAsync("焦溪村关工委"), await App.UnitAsync("乌审召镇关工委"));
        var planId = await App.WithDbAsync(async db =>
        {
            var plan = new WorkPlan { UnitId = town.Id, UnitPath = town.Path, Year = 2026, Title = "待删除的计划" };
            db.WorkPlans.Add(plan);
            await db.SaveChangesAsync();
            var section = new WorkPlanSection { PlanId = plan.Id, UnitId = town.Id, UnitPath = town.Path, Number = "一", Heading = "测试", Order = 1 };
            db.WorkPlanSections.Add(section);
            await db.SaveChangesAsync();
            var task = new PlanTask { PlanId = plan.Id, SectionId = section.Id, UnitId = town.Id, UnitPath = town.Path, Number = "1", Label = "1", Text = "测试任务", Order = 1, DueDate = new DateOnly(2026, 3, 1) };
            db.PlanTasks.Add(task);
            await db.SaveChangesAsync();
            db.TaskAssignments.Add(new TaskAssignment { TaskId = task.Id, PlanId = plan.Id, UnitId = village.Id, UnitPath = village.Path, PlanTitle = plan.Title, TaskText = task.Text, DueDate = task.DueDate });
            await db.SaveChangesAsync();
            return plan.Id;
        });
        var moved = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(village.Id, village.Version, other.Id));
        Assert.True(moved.Succeeded);
        Assert.Contains(await TalliesAsync(), t => t.Unit == village.Id && t.Year == 2026);

        var removed = await App.WithServiceAsync<PlanCommands, CommandResult<WorkPlan>>(c => c.DeleteAsync(planId), town.Id, town.Path);
        Assert.True(removed.Succeeded);
        Assert.DoesNotContain(await TalliesAsync(), t => t.Unit == village.Id && t.Year == 2026);
        Assert.Equal(await RecountAsync(), await TalliesAsync());
        Assert.Equal(await FromTalliesAsync(), await SubtreeRowsAsync());
    }

    [Fact]
    public async Task Units_below_are_counted_per_child_in_the_database_as_one_by_one()
    {
        var parents = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => db.Units.Any(c => c.ParentId == u.Id)).Select(u => u.Id).ToListAsync());
        var all = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Path, u.Kind }).ToListAsync());
        foreach (var id in parents)
        {
            await App.WithDbAsync(async db =>
            {
                var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                var unit = (await query.UnitAsync(id))!;
                var children = await query.ChildrenAsync(unit);
                var figures = await query.FiguresAsync(unit, MonthSpan.Year(2023));
                var below = all.Where(u => u.Path.StartsWith(unit.Path, StringComparison.Ordinal) && u.Path != unit.Path).ToList();
                List<(string, decimal)> Kinds(IEnumerable<Figures> some) => [.. some.SelectMany(f => f.All).Where(v => v.Key.Code == Units.Code)
                    .GroupBy(v => v.Key.Key).Select(g => (g.Key, g.Sum(v => v.Value))).Order()];
                List<(string, decimal)> Counted(IEnumerable<UnitKind> kinds) => [.. kinds.GroupBy(k => Guangong.Web.Components.Shared.EnumText.Of(k)).Select(g => (g.Key, (decimal)g.Count())).Order()];
                Assert.Equal(Counted(below.Select(u => u.Kind)), Kinds([figures.Total]));
                foreach (var (child, childFigures) in figures.Children)
                {
                    Assert.Equal(Counted(below.Where(u => u.Path.StartsWith(child.Path, StringComparison.Ordinal)).Select(u => u.Kind)), Kinds([childFigures]));
                }

                Assert.Equal(Counted(below.Where(u => !children.Any(c => u.Path.StartsWith(c.Path, StringComparison.Ordinal))).Select(u => u.Kind)), Kinds([figures.Own]));
                return 0;
            });
        }
    }

    [Fact]
    public async Task Committees_meeting_their_rules_are_counted_per_child_as_judged_one_by_one()
    {
        // A rule set at the district: its committees without a team fail it, those elsewhere still meet theirs.
        var district = await App.UnitAsync("天宁区关工委");
        await App.WithDbAsync(db =>
        {
            db.LeadershipRules.Add(new Guangong.Web.Features.Committees.LeadershipRule { UnitId = district.Id, UnitPath = district.Path, Kind = Guangong.Web.Features.Committees.RuleKind.DirectorSet, DueDate = new DateOnly(2024, 6, 30) });
            return db.SaveChangesAsync();
        });
        var parents = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => db.Units.Any(c => c.ParentId == u.Id)).Select(u => u.Id).ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var seen = new HashSet<string>();
        foreach (var id in parents)
        {
            foreach (var span in new[] { MonthSpan.Year(2023), MonthSpan.Year(today.Year) })
            {
                await App.WithDbAsync(async db =>
                {
                    var query = new StatisticsQuery(db, TimeProvider.System, new AssignmentsAsOf(db));
                    var unit = (await query.UnitAsync(id))!;
                    var children = await query.ChildrenAsync(unit);
                    var figures = await query.FiguresAsync(unit, span);
                    var directory = new Guangong.Web.Features.Committees.CommitteeDirectory(db, new Guangong.Web.Features.Organization.UnitTreeOrder(db), new Guangong.Web.Features.Organization.TownNamedUnits(db), TimeProvider.System);
                    var rules = await directory.RulesAsync();
                    var seats = (await db.LeadershipPositions.AsNoTracking().ToListAsync()).GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.Select(Guangong.Web.Features.Committees.CommitteeDirectory.Seat).ToList());
                    var day = SnapshotFigures.AsOf(span, today);
                    var judged = (await db.Units.AsNoTracking().Where(u => u.IsActive && Guangong.Web.Features.Committees.CommitteeDirectory.CommitteeKinds.Contains(u.Kind)).ToListAsync())
                        .Where(u => u.Path.StartsWith(unit.Path, StringComparison.Ordinal))
                        .Select(u => (u.Path, Meets: Guangong.Web.Features.Committees.CommitteeDirectory.Evaluate(u.Path, seats.GetValueOrDefault(u.Id) ?? [], rules, day, DateOnly.FromDateTime(u.CreatedUtc)).All(r => r.FailingSince is null)))
                        .ToList();
                    List<(string, int)> Count(IEnumerable<(string Path, bool Meets)> some) => [.. some.GroupBy(c => c.Meets ? "达标" : "未达标").Select(g => (g.Key, g.Count())).Order()];
                    List<(string, int)> Read(Figures f) => [.. f.All.Where(v => v.Key.Code == CommitteesMeetingRules.Code).Select(v => (v.Key.Key, (int)v.Value)).Order()];
                    Assert.Equal(Count(judged), Read(figures.Total));
                    Assert.Equal(Count(judged.Where(c => !children.Any(ch => c.Path.StartsWith(ch.Path, StringComparison.Ordinal)))), Read(figures.Own));
                    foreach (var (child, childFigures) in figures.Children)
                    {
                        Assert.Equal(Count(judged.Where(c => c.Path.StartsWith(child.Path, StringComparison.Ordinal))), Read(childFigures));
                    }

                    seen.UnionWith(Read(figures.Total).Select(r => r.Item1));
                    return 0;
                });
            }
        }

        Assert.Superset(new HashSet<string> { "达标", "未达标" }, seen);
    }

    private static (long Done, long Overdue) Tasks(Figures figures) => ((long)figures.Total(TasksDone), (long)figures.Total(TasksOverdue));

    /// <summary>Tasks done and overdue as the dashboard counted them before the rows: every assignment of the subtree on the day.</summary>
    private static async Task<((long Done, long Overdue) Total, (long Done, long Overdue) Own, List<(long Done, long Overdue)> Children)> FromAssignmentsAsync(
        GuangongDbContext db, UnitRef unit, List<UnitRef> children, MonthSpan span, DateOnly today)
    {
        var asOf = SnapshotFigures.AsOf(span, today);
        var overdueBefore = SnapshotFigures.OverdueBefore(asOf, today);
        var tasks = await SnapshotFigures.TasksAsOf(db, unit.Path, span.To / 100, asOf).ToListAsync();
        (long, long) Count(IEnumerable<TaskAsOf> some) =>
            (some.Count(t => t.Percent >= 100), some.Count(t => t.Percent < 100 && t.DueDate is { } d && d < overdueBefore));
        var inChildren = children.Select(c => tasks.Where(t => t.UnitPath.StartsWith(c.Path, StringComparison.Ordinal)).ToList()).ToList();
        return (Count(tasks), Count(tasks.Where(t => !children.Any(c => t.UnitPath.StartsWith(c.Path, StringComparison.Ordinal)))), [.. inChildren.Select(Count)]);
    }

    private Task<List<(long Unit, string Path, int Year, DateOnly Due, bool Done, int Count)>> RecountAsync() =>
        App.WithDbAsync(async db => (await TaskTally.CountAsync(db, null, default)).Select(t => (t.UnitId, t.UnitPath, t.Year, t.DueDate, t.Done, t.Count)).Order().ToList());

    private Task<List<(long Unit, string Path, int Year, DateOnly Due, bool Done, int Count)>> TalliesAsync() =>
        App.WithDbAsync(async db => (await db.TaskTallies.AsNoTracking().ToListAsync()).Where(t => t.Count != 0)
            .Select(t => (t.UnitId, t.UnitPath, t.Year, t.DueDate, t.Done, t.Count)).Order().ToList());

    private Task<List<(long Unit, string Path, int Year, DateOnly Due, bool Done, int Count)>> SubtreeRowsAsync() =>
        App.WithDbAsync(async db => (await db.TaskSubtreeTallies.AsNoTracking().ToListAsync())
            .Select(r => (r.UnitId, r.UnitPath, r.Year, r.DueDate, r.Done, r.Count)).Order().ToList());

    /// <summary>Each unit's tally counted for every unit whose path range holds it (paths as they are now), zeros left out.</summary>
    private Task<List<(long Unit, string Path, int Year, DateOnly Due, bool Done, int Count)>> FromTalliesAsync() =>
        App.WithDbAsync(async db =>
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync();
            var tallies = await db.TaskTallies.AsNoTracking().ToListAsync();
            return tallies.SelectMany(t => units.Where(u => t.UnitPath.StartsWith(u.Path, StringComparison.Ordinal)).Select(u => (Tally: t, Above: u)))
                .GroupBy(x => (x.Above.Id, x.Above.Path, x.Tally.Year, x.Tally.DueDate, x.Tally.Done))
                .Select(g => (g.Key.Id, g.Key.Path, g.Key.Year, g.Key.DueDate, g.Key.Done, Count: g.Sum(x => x.Tally.Count)))
                .Where(r => r.Count != 0).Order().ToList();
        });
}

public sealed class SubtreeSnapshotTestsOnSqlite(SqliteAppFixture fixture) : SubtreeSnapshotTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SubtreeSnapshotTestsOnPostgres(PostgresAppFixture fixture) : SubtreeSnapshotTests(fixture), IClassFixture<PostgresAppFixture>;

using Guangong.Web.Features.Plans;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>
/// A past year's summary tells of that year: progress reported after 31 December (a recorder catching up in a later
/// year) is neither quoted nor counted, and the tasks stand as they stood then. Run once per provider.
/// </summary>
public abstract class YearEndSummaryAsOfTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Progress_reported_after_the_plan_year_is_not_in_that_years_summary()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var planId = await App.WithDbAsync(db => db.WorkPlans.Where(p => p.UnitPath == town.Path && p.Title == "郑陆镇2023年关心下一代工作意见").Select(p => p.Id).SingleAsync());
        Task<string> DraftAsync() => App.WithServiceAsync<YearEndSummary, string>(async s => (await s.DraftAsync(planId))!.Value.Text, town.Id, town.Path);
        var before = await DraftAsync();

        // A task nobody had touched in 2023 is finished and reported in 2026.
        var late = "二〇二六年补报的进展" + Guid.NewGuid().ToString("N")[..4];
        await App.WithDbAsync(async db =>
        {
            var idle = await db.TaskAssignments.Where(a => a.PlanId == planId && !a.HasProgress && a.Percent == 0).OrderBy(a => a.Id).ToListAsync();
            foreach (var a in idle.Where(a => a.TaskId == idle[0].TaskId))
            {
                db.TaskProgress.Add(new TaskProgress { AssignmentId = a.Id, TaskId = a.TaskId, UnitId = a.UnitId, UnitPath = a.UnitPath, Date = new DateOnly(2026, 3, 1), Text = late, Percent = 100, AuthorName = "测试" });
                (a.Percent, a.HasProgress) = (100, true);
            }

            return await db.SaveChangesAsync();
        });

        var after = await DraftAsync();
        Assert.DoesNotContain(late, after);
        Assert.Equal(before, after);

        // The plan's own page shows the task as it is now.
        var now = (await App.WithServiceAsync<PlanDirectory, PlanView?>(p => p.ViewAsync(planId), town.Id, town.Path))!;
        var then = (await App.WithServiceAsync<PlanDirectory, PlanView?>(p => p.ViewAsync(planId, atYearEnd: true), town.Id, town.Path))!;
        Assert.True(now.Tasks.Count(t => t.Status == PlanTaskStatus.Done) > then.Tasks.Count(t => t.Status == PlanTaskStatus.Done));
    }
}

public sealed class YearEndSummaryAsOfTestsOnSqlite(SqliteAppFixture fixture) : YearEndSummaryAsOfTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class YearEndSummaryAsOfTestsOnPostgres(PostgresAppFixture fixture) : YearEndSummaryAsOfTests(fixture), IClassFixture<PostgresAppFixture>;

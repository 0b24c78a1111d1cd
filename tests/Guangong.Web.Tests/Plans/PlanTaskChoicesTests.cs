using Guangong.Web.Features.Plans;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>
/// The activity form's task picker (<see cref="PlanTaskCatalog"/>): a town's tasks are listed whole; a scope holding more
/// than the form lists (a province's 54,000 made the form 6 MB) lists the tasks of its own unit and the one the form names.
/// </summary>
public abstract class PlanTaskChoicesTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_scope_with_more_tasks_than_listed_offers_its_own_units_and_the_one_named()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var (all, own, below) = await App.WithDbAsync(async db =>
        {
            // The district's own: assigned to it, or tasks of its own plan assigned below it (the towns' plans are not).
            var rows = await db.TaskAssignments.Where(a => !a.NotApplicable).Select(a => new { a.TaskId, a.UnitId, Owner = a.Task!.UnitId }).ToListAsync();
            var mine = rows.Where(a => a.UnitId == district.Id || a.Owner == district.Id).Select(a => a.TaskId).ToHashSet();
            return (rows.Select(a => a.TaskId).Distinct().Count(), mine, rows.Where(a => !mine.Contains(a.TaskId)).Select(a => a.TaskId).FirstOrDefault());
        }, district.Id, district.Path);
        Assert.NotEqual(0, below);

        // Registered as the activities slice's port; the bound is set through the class itself.
        var (whole, trimmed) = await App.WithServiceAsync<Features.Activities.IPlanTaskCatalog, ((IReadOnlyList<(long TaskId, string Label)> Items, bool Trimmed), (IReadOnlyList<(long TaskId, string Label)> Items, bool Trimmed))>(
            async port => ((PlanTaskCatalog)port is var c ? (await c.ChoicesAsync(null, all, default), await c.ChoicesAsync(below, all - 1, default)) : default), district.Id, district.Path);

        Assert.False(whole.Trimmed);
        Assert.Equal(all, whole.Items.Count);
        Assert.True(trimmed.Trimmed);
        Assert.Equal(own.Append(below).Order(), trimmed.Items.Select(t => t.TaskId).Order());
    }
}

public sealed class PlanTaskChoicesTestsOnSqlite(SqliteAppFixture fixture) : PlanTaskChoicesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PlanTaskChoicesTestsOnPostgres(PostgresAppFixture fixture) : PlanTaskChoicesTests(fixture), IClassFixture<PostgresAppFixture>;

using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Plans;
using Guangong.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>Every edit carries the version it was made on; the two toggles that once skipped it now check it too.</summary>
public sealed class VersionCheckTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Marking_a_task_not_applicable_on_a_stale_version_is_a_conflict()
    {
        var task = await App.WithDbAsync(db => db.PlanTasks.AsNoTracking().OrderBy(t => t.Id).FirstAsync());

        var stale = await App.WithServiceAsync<TaskCommands, CommandResult<PlanTask>>(b => b.SetNotApplicableAsync(task.Id, task.Version - 1, !task.NotApplicable));
        Assert.Equal(CommandStatus.Conflict, stale.Status);
        Assert.Equal(task.NotApplicable, await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.NotApplicable).SingleAsync()));

        var current = await App.WithServiceAsync<TaskCommands, CommandResult<PlanTask>>(b => b.SetNotApplicableAsync(task.Id, task.Version, !task.NotApplicable));
        Assert.Equal(CommandStatus.Succeeded, current.Status);
    }

    [Fact]
    public async Task Switching_off_a_rule_on_a_stale_version_is_a_conflict()
    {
        var rule = await App.WithDbAsync(db => db.LeadershipRules.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Id).FirstAsync());

        var stale = await App.WithServiceAsync<RuleCommands, CommandResult<LeadershipRule>>(r => r.SetRuleActiveAsync(rule.Id, rule.Version + 1, false));
        Assert.Equal(CommandStatus.Conflict, stale.Status);
        Assert.True(await App.WithDbAsync(db => db.LeadershipRules.Where(r => r.Id == rule.Id).Select(r => r.IsActive).SingleAsync()));
    }
}

using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Plans;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Committees;

/// <summary>Plans hands an appendix roster to Committees, which seats whoever is not seated yet.</summary>
public sealed class AppendixRosterTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Applying_a_roster_seats_new_members_once()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var name = $"附件{Guid.NewGuid():N}"[..8];
        var members = new[] { new AppendixMember(0, "主任", "宝音图", "党委副书记"), new AppendixMember(11, "成员", name, "“五老”人员") };

        var first = await App.WithServiceAsync<AppendixRoster, CommandResult<int>>(r => r.ApplyAsync(town.Id, members, new DateOnly(2023, 3, 1)), town.Id, town.Path);
        var again = await App.WithServiceAsync<AppendixRoster, CommandResult<int>>(r => r.ApplyAsync(town.Id, members, new DateOnly(2023, 3, 1)), town.Id, town.Path);

        Assert.Equal(1, first.Value);
        Assert.Equal(0, again.Value);
        var seat = await App.WithDbAsync(db => db.LeadershipPositions.AsNoTracking().SingleAsync(p => p.PersonName == name));
        Assert.Equal((town.Path, true, new DateOnly(2023, 3, 1)), (seat.UnitPath, seat.IsFiveElder, seat.TermStart!.Value));
    }

    [Fact]
    public async Task A_plan_applies_its_appendix_through_committees()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.AsNoTracking().Include(p => p.Roster).FirstAsync(p => p.Roster.Count > 0));
        var result = await App.WithServiceAsync<PlanCommands, CommandResult<int>>(b => b.ApplyRosterAsync(plan.Id));
        Assert.Equal(CommandStatus.Succeeded, result.Status);
        var seated = await App.WithDbAsync(db => db.LeadershipPositions.Where(p => p.UnitId == plan.UnitId && p.TermEnd == null).Select(p => p.PersonName).ToListAsync());
        Assert.All(plan.Roster, m => Assert.Contains(m.Name, seated));
    }
}

using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.People.Training;

/// <summary>
/// A training's attendance checklist lists the roster below the session's unit while it fits; past the bound (a
/// province's session would list a million) it lists the attendees already recorded and those found by name.
/// </summary>
public abstract class AttendeeCandidatesTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_roster_that_fits_is_listed_whole()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var roster = await Roster(zhenglu);

        var list = await Candidates(zhenglu, [], null, roster.Count);

        Assert.False(list.Trimmed);
        Assert.Equal(roster.Select(v => v.Id).Order(), list.Items.Select(a => a.VolunteerId).Order());
    }

    [Fact]
    public async Task Past_the_bound_the_attendees_are_listed_with_those_found_by_name_in_the_sessions_subtree()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var roster = await Roster(zhenglu);
        var attendee = roster[0];
        var sought = roster.First(v => v.Id != attendee.Id);
        var part = sought.Name[..1];

        var none = await Candidates(zhenglu, [attendee], null, roster.Count - 1);
        var found = await Candidates(zhenglu, [attendee], part, roster.Count - 1);

        Assert.True(none.Trimmed);
        Assert.Equal([attendee.Id], none.Items.Select(a => a.VolunteerId));
        Assert.True(found.Trimmed);
        Assert.Equal(attendee.Id, found.Items[0].VolunteerId);
        Assert.Contains(found.Items, a => a.VolunteerId == sought.Id);
        Assert.Equal(found.Found, found.Items.Count - 1);
        Assert.All(found.Items.Skip(1), a => Assert.Contains(part, a.Name, StringComparison.Ordinal));
        Assert.All(found.Items.Skip(1), a => Assert.Contains(a.VolunteerId, roster.Select(v => v.Id)));
        Assert.DoesNotContain(found.Items.Skip(1), a => a.VolunteerId == attendee.Id);
    }

    private Task<AttendeeCandidates> Candidates(Features.Organization.Unit unit, IReadOnlyList<(long Id, string Name)> attendees, string? find, int bound)
    {
        var detail = new TrainingDetail(new TrainingSession { UnitId = unit.Id, UnitPath = unit.Path, Topic = "测试" }, unit.Name,
            [.. attendees.Select(a => new AttendeeRow(a.Id, a.Name, unit.Name, unit.Path))]);
        return App.WithServiceAsync<TrainingDirectory, AttendeeCandidates>(d => d.CandidatesAsync(detail, find, bound, default), unit.Id, unit.Path);
    }

    private Task<List<(long Id, string Name)>> Roster(Features.Organization.Unit unit) =>
        App.WithDbAsync(async db => (await db.Volunteers
                .Where(v => v.Status == VolunteerStatus.Active || v.Status == VolunteerStatus.Suspended || v.Status == VolunteerStatus.Prospective)
                .OrderBy(v => v.UnitPath).ThenBy(v => v.Name).Select(v => new { v.Id, v.Name }).ToListAsync())
            .Select(v => (v.Id, v.Name)).ToList(), unit.Id, unit.Path);
}

public sealed class AttendeeCandidatesTestsOnSqlite(SqliteAppFixture fixture) : AttendeeCandidatesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AttendeeCandidatesTestsOnPostgres(PostgresAppFixture fixture) : AttendeeCandidatesTests(fixture), IClassFixture<PostgresAppFixture>;

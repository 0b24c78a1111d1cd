using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.People;

/// <summary>
/// Every volunteer picker lists through <see cref="VolunteerChoices"/>: a scope's whole active roster while it fits, and
/// once it does not (a city's 180,000 made a patrol page 11 MB), only the volunteers the form already names.
/// </summary>
public abstract class VolunteerChoicesTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_roster_that_fits_is_listed_whole_and_the_named_ones_keep_to_the_same_status_rule()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var (active, inactive) = await Roster(zhenglu);
        Assert.NotEmpty(inactive);

        // A café's supervisor who has left the roster is not offered again (the save would refuse them); a seat's past
        // holder is, where the form lists every status.
        var (activeOnly, any) = await App.WithServiceAsync<VolunteerChoices, (VolunteerChoiceList, VolunteerChoiceList)>(async c =>
            (await c.ListAsync(keep: [inactive[0]]), await c.ListAsync(keep: [inactive[0]], activeOnly: false)), zhenglu.Id, zhenglu.Path);

        Assert.False(activeOnly.Trimmed);
        Assert.Equal(active.Order(), activeOnly.Items.Select(v => v.Id).Order());
        Assert.Equal(active.Concat(inactive).Order(), any.Items.Select(v => v.Id).Order());
        Assert.All(activeOnly.Items, v => Assert.False(string.IsNullOrEmpty(v.UnitName)));
    }

    [Fact]
    public async Task A_roster_larger_than_the_bound_lists_only_the_named_ones_and_says_so()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var (active, _) = await Roster(zhenglu);
        var outside = await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().Where(v => !v.UnitPath.StartsWith(zhenglu.Path)).Select(v => v.Id).FirstAsync());

        var (fits, over) = await App.WithServiceAsync<VolunteerChoices, (VolunteerChoiceList, VolunteerChoiceList)>(async c =>
            (await c.ListAsync(null, true, active.Count, default), await c.ListAsync([active[2], outside], true, active.Count - 1, default)), zhenglu.Id, zhenglu.Path);

        Assert.False(fits.Trimmed);
        Assert.Equal(active.Count, fits.Items.Count);
        Assert.True(over.Trimmed);

        // Another unit's volunteer is not listed even when a posted form names them.
        Assert.Equal([active[2]], over.Items.Select(v => v.Id));
    }

    private Task<(List<long> Active, List<long> Inactive)> Roster(Features.Organization.Unit unit) =>
        App.WithDbAsync(async db => (
            await db.Volunteers.Where(v => v.Status == VolunteerStatus.Active).Select(v => v.Id).ToListAsync(),
            await db.Volunteers.Where(v => v.Status != VolunteerStatus.Active).Select(v => v.Id).ToListAsync()), unit.Id, unit.Path);
}

public sealed class VolunteerChoicesTestsOnSqlite(SqliteAppFixture fixture) : VolunteerChoicesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class VolunteerChoicesTestsOnPostgres(PostgresAppFixture fixture) : VolunteerChoicesTests(fixture), IClassFixture<PostgresAppFixture>;

using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>Issue 12: a recorder's first activity starts on a category their unit, else their town, records most; run once per provider.</summary>
public abstract class DefaultCategoryTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private Task<string?> MostRecordedAsync(string path) => App.WithDbAsync(db => db.Activities.InSubtree(path, db.Scope).Where(a => a.Category != "")
        .GroupBy(a => a.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync());

    [Fact]
    public async Task A_first_activity_starts_on_the_units_most_recorded_category_else_the_towns()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.UnitAsync("焦溪村关工委");
        var fresh = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"新村{Guid.NewGuid():N}"[..10], UnitLevel.Village, UnitKind.Committee)));

        var villages = await MostRecordedAsync(village.Path);
        var towns = await MostRecordedAsync(town.Path);
        Assert.NotNull(villages);
        Assert.NotNull(towns);
        Assert.Equal(villages, await App.WithServiceAsync<ActivityDirectory, string?>(d => d.DefaultCategoryAsync(), village.Id, village.Path));
        Assert.Equal(towns, await App.WithServiceAsync<ActivityDirectory, string?>(d => d.DefaultCategoryAsync(), fresh.Id, fresh.Path));
    }
}

public sealed class DefaultCategoryTestsOnSqlite(SqliteAppFixture fixture) : DefaultCategoryTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class DefaultCategoryTestsOnPostgres(PostgresAppFixture fixture) : DefaultCategoryTests(fixture), IClassFixture<PostgresAppFixture>;

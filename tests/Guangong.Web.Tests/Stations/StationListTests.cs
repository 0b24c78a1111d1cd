using System.Net;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Stations;

/// <summary>
/// The stations list of a town with more stations than a page: pages in its villages' tree order, its tiles counted by
/// the database as the rows say, a stage or the quiet ones chosen by a tile, and the creating stations still short of
/// the mark counted and linked when there are many (issue 18.3: every village may host one, a province tens of thousands).
/// </summary>
public abstract class StationListTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_towns_stations_page_in_tree_order_and_the_tiles_count_what_the_rows_say()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft("多站镇关工委", UnitLevel.Town, UnitKind.Committee)));
        // 25 villages, sorted by hand in the reverse of their ids: the tree's order is neither the ids' nor the names'.
        const int Count = StationList.PageSize + 5;
        var ids = Enumerable.Range(1, Count).Select(n => 910_000L + n).ToList();
        await App.WithDbAsync(db =>
        {
            db.Units.AddRange(ids.Select((id, i) => new Unit
            {
                Id = id, ParentId = town.Id, Name = $"多站{i + 1}村关工委", Level = UnitLevel.Village, Kind = UnitKind.Committee,
                Path = $"{town.Path}{id}/", Depth = town.Depth + 1, SortOrder = Count - i,
            }));
            return db.SaveChangesAsync();
        });
        await App.WithDbAsync(db =>
        {
            // The first eleven are being created (none assessed: all short of the mark), the others passed.
            db.Stations.AddRange(ids.Select((id, i) => new Station
            {
                UnitId = id, UnitPath = $"{town.Path}{id}/", Name = $"多站{i + 1}村校外教育辅导站", Stage = i < 11 ? StationStage.Creating : StationStage.Passed,
            }));
            return db.SaveChangesAsync();
        });
        await App.WithDbAsync(async db =>
        {
            var byUnit = db.Stations.Where(s => ids.Contains(s.UnitId)).ToDictionary(s => s.UnitId, s => s.Id);
            // Latest not lost, 市优 before 区优 in one year: 市优, 区优 (its 市优 lost), 区优 (a later 区优 after an older 市优).
            db.StationHonours.AddRange(
                new StationHonour { StationId = byUnit[ids[20]], UnitId = ids[20], UnitPath = $"{town.Path}{ids[20]}/", Year = 2024, Title = "区优" },
                new StationHonour { StationId = byUnit[ids[20]], UnitId = ids[20], UnitPath = $"{town.Path}{ids[20]}/", Year = 2025, Title = "市优" },
                new StationHonour { StationId = byUnit[ids[21]], UnitId = ids[21], UnitPath = $"{town.Path}{ids[21]}/", Year = 2025, Title = "区优" },
                new StationHonour { StationId = byUnit[ids[21]], UnitId = ids[21], UnitPath = $"{town.Path}{ids[21]}/", Year = 2025, Title = "市优", Lost = true },
                new StationHonour { StationId = byUnit[ids[22]], UnitId = ids[22], UnitPath = $"{town.Path}{ids[22]}/", Year = 2023, Title = "市优" },
                new StationHonour { StationId = byUnit[ids[22]], UnitId = ids[22], UnitPath = $"{town.Path}{ids[22]}/", Year = 2025, Title = "区优" });
            return await db.SaveChangesAsync();
        });

        var (first, second, overview, creating) = await App.WithServiceAsync<StationList, (PagedList<StationRow>, PagedList<StationRow>, StationOverview, PagedList<StationRow>)>(async l =>
            (await l.PageAsync(new StationFilter(town.Id)), await l.PageAsync(new StationFilter(town.Id, Page: 2)), (await l.ReadAsync(new StationFilter(town.Id))).Overview, await l.PageAsync(new StationFilter(town.Id, StationStage.Creating))),
            district.Id, district.Path);

        Assert.Equal(Count, first.Total);
        Assert.Equal([StationList.PageSize, Count - StationList.PageSize], new[] { first.Items.Count, second.Items.Count });
        Assert.Equal(ids.AsEnumerable().Reverse(), first.Items.Concat(second.Items).Select(r => r.Station.UnitId));
        Assert.EndsWith("多站25村关工委", first.Items[0].UnitName, StringComparison.Ordinal);

        var rows = first.Items.Concat(second.Items).ToList();
        Assert.Equal(Enum.GetValues<StationStage>().Select(st => rows.Count(r => r.Station.Stage == st)), overview.ByStage.Values);
        Assert.Equal(StationCommands.HonourTitles.Select(t => rows.Count(r => r.Honour == t)), overview.ByHonour.Values);
        Assert.Equal([2, 1], overview.ByHonour.Values);
        Assert.Equal(rows.Count(r => r.Inactive), overview.Inactive);
        Assert.Equal(Count, overview.Inactive);
        Assert.Equal(11, creating.Total);
        Assert.All(creating.Items, r => Assert.Equal(StationStage.Creating, r.Station.Stage));
        // Eleven are more than the reminders list: counted, not listed.
        Assert.Equal(11, overview.CreatingWithGapsCount);
        Assert.Empty(overview.CreatingWithGaps);

        // The page: the count and a link to the creating ones, the stage chosen by its tile, the page in the query string.
        var officer = await App.SignedInAsync("tianning-gw");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/stations?unit={town.Id}"));
        Assert.Matches($"共11个，<a href=\"[^\"]*/stations\\?unit={town.Id}&stage=Creating\">看全部创建中的辅导站及其今年评估</a>", page);
        Assert.Contains("第 1 / 2 页", page, StringComparison.Ordinal);
        var chosen = WebUtility.HtmlDecode(await officer.GetStringAsync($"/stations?unit={town.Id}&stage=Creating"));
        Assert.Contains("只看：创建中的辅导站", chosen, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"true\"><span class=\"tile-number\">11</span><span class=\"tile-label\">创建中", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("多站12村校外教育辅导站", chosen, StringComparison.Ordinal);
        var last = WebUtility.HtmlDecode(await officer.GetStringAsync($"/stations?unit={town.Id}&page=2"));
        Assert.Contains("多站1村校外教育辅导站", last, StringComparison.Ordinal);
        Assert.DoesNotContain("多站25村校外教育辅导站", last, StringComparison.Ordinal);
        // A stage or page typed wrong (a number, two stages) is no filter and the nearest page, never an error.
        Assert.Null(StationFilter.From(null, "3", null, null).Stage);
        Assert.Null(StationFilter.From(null, "Planned,Creating", null, null).Stage);
        Assert.Equal(StationStage.Creating, StationFilter.From(null, " creating ", null, null).Stage);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/stations?unit={town.Id}&stage=x&page=99")).StatusCode);
    }
}

public sealed class StationListTestsOnSqlite(SqliteAppFixture fixture) : StationListTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class StationListTestsOnPostgres(PostgresAppFixture fixture) : StationListTests(fixture), IClassFixture<PostgresAppFixture>;

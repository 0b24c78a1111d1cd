using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Organization;

/// <summary>
/// The unit pickers and filters are cut in the database (<see cref="UnitChoices.ShownAsync(IEnumerable{long}?, string?, CancellationToken)"/>):
/// counted by level, then only the levels that fit read, with the units the page names kept. The bound is lowered here
/// to cut the demo's district as a province's 24,000 units are cut.
/// </summary>
public abstract class UnitChoicesTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_tree_that_fits_is_listed_whole_in_tree_order()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var active = await ActiveUnder(district);

        var list = await App.WithServiceAsync<UnitChoices, UnitChoiceList>(c => c.ShownAsync(null, null, active.Count, default), district.Id, district.Path);

        Assert.False(list.Trimmed);
        Assert.Equal(active.Select(u => u.Id), list.Items.Select(u => u.Id));
        Assert.Equal(district.Depth, list.MinDepth);
    }

    [Fact]
    public async Task A_tree_past_the_bound_lists_its_upper_levels_and_the_units_named_but_nothing_outside_the_scope()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var active = await ActiveUnder(district);
        var deepest = active.Max(u => u.Depth);
        var named = active.Last(u => u.Depth == deepest);
        var outside = await App.WithDbAsync(db => db.Units.IgnoreQueryFilters().Where(u => !u.Path.StartsWith(district.Path)).Select(u => u.Id).FirstAsync());
        var upper = active.Where(u => u.Depth < deepest).ToList();

        var list = await App.WithServiceAsync<UnitChoices, UnitChoiceList>(
            c => c.ShownAsync([named.Id, outside], null, upper.Count, default), district.Id, district.Path);

        Assert.True(list.Trimmed);
        Assert.Equal(upper.Select(u => u.Id).Append(named.Id).Order(), list.Items.Select(u => u.Id).Order());
        Assert.Equal(list.Items.OrderBy(u => active.FindIndex(a => a.Id == u.Id)).Select(u => u.Id), list.Items.Select(u => u.Id));
    }

    [Fact]
    public async Task A_unit_kept_below_the_cut_stands_under_its_nearest_listed_unit()
    {
        // The whole platform cut to its top levels, keeping 郑陆 (a form naming it): 江苏 (jiang) sorts before 内蒙古 (nei) and
        // 郑陆 (zheng) after it, so a unit set at the top level would stand after 内蒙古, away from its own province.
        var village = await App.UnitAsync("郑陆镇关工委");
        var list = await App.WithServiceAsync<UnitChoices, UnitChoiceList>(c => c.ShownAsync([village.Id], null, 1, default));
        var paths = await App.WithDbAsync(db => db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path));

        Assert.True(list.Trimmed);
        var at = list.Items.ToList().FindIndex(u => u.Id == village.Id);
        var above = list.Items.Select((u, i) => (u, i)).Last(x => x.i < at && village.Path.StartsWith(paths[x.u.Id], StringComparison.Ordinal));
        Assert.NotEqual(village.Path, paths[above.u.Id]);
        // Between that unit and the village only units below that unit: not another province listed before it.
        Assert.All(list.Items.Skip(above.i + 1).Take(at - above.i - 1), u => Assert.StartsWith(paths[above.u.Id], paths[u.Id], StringComparison.Ordinal));
        Assert.Contains(list.Items.Skip(at + 1), u => !paths[u.Id].StartsWith(paths[above.u.Id], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_a_path_the_cut_starts_from_that_unit()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var town = (await ActiveUnder(district)).Where(u => u.Path.StartsWith(zhenglu.Path, StringComparison.Ordinal)).ToList();

        var (whole, cut) = await App.WithServiceAsync<UnitChoices, (UnitChoiceList, UnitChoiceList)>(async c =>
            (await c.ShownAsync(null, zhenglu.Path, town.Count, default), await c.ShownAsync(null, zhenglu.Path, 1, default)), district.Id, district.Path);

        Assert.Equal(town.Select(u => u.Id), whole.Items.Select(u => u.Id));
        // The unit itself and the level below it are listed however small the bound (as FilterUnits does).
        Assert.Equal(town.Where(u => u.Depth <= zhenglu.Depth + 1).Select(u => u.Id), cut.Items.Select(u => u.Id));
        Assert.Equal(town.Any(u => u.Depth > zhenglu.Depth + 1), cut.Trimmed);
    }

    [Fact]
    public async Task A_units_move_targets_are_the_scope_without_its_own_subtree_and_keep_the_parent_posted()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var active = await ActiveUnder(district);
        var outside = active.Where(u => !u.Path.StartsWith(zhenglu.Path, StringComparison.Ordinal)).ToList();
        var ownVillage = active.First(u => u.ParentId == zhenglu.Id);

        // A village of 郑陆 moved elsewhere, the list cut to the levels above the villages: a sibling posted as the new parent is kept.
        var sibling = active.Last(u => u.ParentId == zhenglu.Id && u.Id != ownVillage.Id);
        var upper = active.Where(u => u.Depth < ownVillage.Depth).ToList();
        var (whole, cut, inside) = await App.WithServiceAsync<UnitChoices, (UnitChoiceList, UnitChoiceList, UnitChoiceList)>(async c =>
            (await c.MoveTargetsAsync(zhenglu.Path, null), await c.MoveTargetsAsync(ownVillage.Path, sibling.Id, upper.Count, default), await c.MoveTargetsAsync(zhenglu.Path, ownVillage.Id)),
            district.Id, district.Path);

        // The demo's district fits: all of it but 郑陆 and its units, in tree order.
        Assert.False(whole.Trimmed);
        Assert.Equal(outside.Select(u => u.Id), whole.Items.Select(u => u.Id));
        Assert.True(cut.Trimmed);
        Assert.Equal(upper.Select(u => u.Id).Append(sibling.Id).Order(), cut.Items.Select(u => u.Id).Order());
        // A unit of its own subtree posted as the new parent is not offered back.
        Assert.DoesNotContain(inside.Items, u => u.Id == ownVillage.Id || u.Id == zhenglu.Id);
    }

    [Fact]
    public async Task A_cut_checklist_finds_units_by_name_under_the_plans_unit_only()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var named = (await ActiveUnder(district)).Where(u => u.Name.Contains("郑陆", StringComparison.Ordinal)).ToList();
        Assert.True(named.Count > 3);

        var (some, underTown, elsewhere, none) = await App.WithServiceAsync<UnitChoices, (IReadOnlyList<(long Id, string Name, int Depth)>, IReadOnlyList<(long Id, string Name, int Depth)>, IReadOnlyList<(long Id, string Name, int Depth)>, IReadOnlyList<(long Id, string Name, int Depth)>)>(async c =>
            (await c.FindAsync(" 郑陆 ", district.Path, 3), await c.FindAsync("郑陆", zhenglu.Path, 100), await c.FindAsync("乌审召", district.Path, 100), await c.FindAsync("  ", district.Path, 100)),
            district.Id, district.Path);

        // Three of them (the first three by path), shown in tree order.
        Assert.Equal(named.OrderBy(u => u.Path, StringComparer.Ordinal).Take(3).Select(u => u.Id).Order(), some.Select(u => u.Id).Order());
        Assert.Equal(named.Select(u => u.Id).Where(some.Select(u => u.Id).Contains), some.Select(u => u.Id));
        Assert.Equal(named.Where(u => u.Path.StartsWith(zhenglu.Path, StringComparison.Ordinal)).Select(u => u.Id), underTown.Select(u => u.Id));
        Assert.Empty(elsewhere);
        Assert.Empty(none);
    }

    /// <summary>
    /// The active units in the scope in tree order as a person reads it: by the chain of (sort order, name) from the top
    /// down, so each unit's subtree follows it and siblings stand by sort order, then name — not by path, whose ids sort
    /// as text (village 10 before village 5), as the pickers did while the header's switch did not.
    /// </summary>
    [Fact]
    public async Task A_units_own_page_and_its_statistics_list_its_children_in_the_pickers_order()
    {
        // 郑陆's schools and company were made after its villages: their ids (two digits) sort before the villages' as text.
        var town = await App.UnitAsync("郑陆镇关工委");
        var active = (await ActiveUnder(town)).Where(u => u.ParentId == town.Id).Select(u => u.Id).ToList();
        var byPath = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.ParentId == town.Id && u.IsActive).OrderBy(u => u.Path).Select(u => u.Id).ToListAsync());
        Assert.NotEqual(byPath, active);

        var page = await App.WithServiceAsync<UnitDirectory, IReadOnlyList<Unit>>(d => d.ChildrenAsync(town.Id), town.Id, town.Path);
        var statistics = await App.WithServiceAsync<Guangong.Web.Features.Statistics.StatisticsQuery, List<Guangong.Web.Features.Statistics.UnitRef>>(
            q => q.ChildrenAsync(new Guangong.Web.Features.Statistics.UnitRef(town.Id, town.Name, town.Path, town.Level, town.Kind, town.ParentId)), town.Id, town.Path);

        Assert.Equal(active, page.Where(u => u.IsActive).Select(u => u.Id));
        Assert.Equal(active, statistics.Select(u => u.Id));
    }

    [Fact]
    public async Task Records_held_by_units_are_listed_in_their_units_tree_order()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var active = await ActiveUnder(district);
        // Two rows for each unit, given from the last unit to the first: the units come in tree order, each unit's rows in the order given.
        var rows = active.AsEnumerable().Reverse().SelectMany(u => new[] { (u.Id, u.Path, Row: 2), (u.Id, u.Path, Row: 1) }).ToList();

        var sorted = await App.WithServiceAsync<UnitTreeOrder, List<(long Id, string Path, int Row)>>(o => o.SortAsync(rows, r => r.Path), district.Id, district.Path);

        Assert.Equal(active.SelectMany(u => new[] { (u.Id, 2), (u.Id, 1) }), sorted.Select(r => (r.Id, r.Row)));
        // The committees' list reads them so (its units of 郑陆 were listed by path: schools before villages).
        var committees = await App.WithServiceAsync<Guangong.Web.Features.Committees.CommitteeDirectory, IReadOnlyList<Guangong.Web.Features.Committees.CommitteeRow>>(
            c => c.ListAsync(null), district.Id, district.Path);
        var listed = committees.Select(c => c.UnitId).ToHashSet();
        Assert.Equal(active.Where(u => listed.Contains(u.Id)).Select(u => u.Id), committees.Select(c => c.UnitId));
    }

    private Task<List<Unit>> ActiveUnder(Unit unit) => App.WithDbAsync(async db =>
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).ToListAsync();
        var byId = units.ToDictionary(u => u.Id);
        return units.OrderBy(u => SubtreeFilter.Ids(u.Path).Where(byId.ContainsKey).Select(id => byId[id]).ToList(), Comparer<List<Unit>>.Create(ByChain)).ToList();
    }, unit.Id, unit.Path);

    /// <summary>Names as a Chinese reader orders them (pinyin), as the product says it does.</summary>
    private static readonly StringComparer Pinyin = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), false);

    private static int ByChain(List<Unit> a, List<Unit> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var order = a[i].SortOrder != b[i].SortOrder ? a[i].SortOrder.CompareTo(b[i].SortOrder) : Pinyin.Compare(a[i].Name, b[i].Name);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}

public sealed class UnitChoicesTestsOnSqlite(SqliteAppFixture fixture) : UnitChoicesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class UnitChoicesTestsOnPostgres(PostgresAppFixture fixture) : UnitChoicesTests(fixture), IClassFixture<PostgresAppFixture>;

public sealed class TreeOrderTests
{
    [Fact]
    public void Siblings_of_one_sort_order_are_read_by_pinyin()
    {
        string[] names = ["三河口村关工委", "常州郑陆机械有限公司关工委", "查家村关工委", "焦溪村关工委"];
        var rows = names.Select((n, i) => (Id: (long)(i + 2), Path: $"/1/{i + 2}/", Name: n)).Prepend((Id: 1L, Path: "/1/", Name: "郑陆镇关工委")).ToList();

        var sorted = TreeOrder.Sort(rows, r => r.Id, r => r.Path, _ => 0, r => r.Name);

        // cha, chang, jiao, san: by character code 三 came first and 查 after 常.
        Assert.Equal(["郑陆镇关工委", "查家村关工委", "常州郑陆机械有限公司关工委", "焦溪村关工委", "三河口村关工委"], sorted.Select(r => r.Name));
    }
}

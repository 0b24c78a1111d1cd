using Guangong.Web.Features.Organization;

namespace Guangong.Web.Tests.Organization;

public sealed class FilterUnitsTests
{
    private static List<(long Id, int Depth)> Tree(params int[] perLevel) =>
        [.. perLevel.SelectMany((count, depth) => Enumerable.Range(0, count).Select(i => ((long)(depth * 100_000 + i), depth)))];

    [Fact]
    public void A_districts_tree_is_offered_whole()
    {
        var district = Tree(1, 20, 279);
        Assert.Same(district, FilterUnits.Shown(district, u => u.Depth, u => u.Id, null));
    }

    [Fact]
    public void A_provinces_filter_offers_its_cities_and_districts_and_the_unit_chosen_now()
    {
        var province = Tree(1, 11, 110, 1_500, 22_500);
        var chosenVillage = province[^1].Id;
        var shown = FilterUnits.Shown(province, u => u.Depth, u => u.Id, chosenVillage);
        Assert.Equal(1 + 11 + 110 + 1, shown.Count);
        Assert.Equal(2, shown.Where(u => u.Id != chosenVillage).Max(u => u.Depth));
        Assert.Contains(shown, u => u.Id == chosenVillage);
    }

    [Fact]
    public void The_scope_unit_and_the_level_below_it_are_offered_however_many()
    {
        var bigTown = Tree(1, 400, 2_000);
        var shown = FilterUnits.Shown(bigTown, u => u.Depth, u => u.Id, null);
        Assert.Equal(401, shown.Count);
    }

    [Fact]
    public void A_form_picker_of_a_province_keeps_the_unit_the_form_names()
    {
        var province = Tree(1, 11, 110, 1_500, 22_500).Select(u => (u.Id, u.Depth + 2)).ToList();
        var named = province[^3].Id;
        var shown = FilterUnits.Shown(province, u => u.Item2, u => u.Id, named);
        Assert.Equal(1 + 11 + 110 + 1, shown.Count);
        Assert.Contains(shown, u => u.Id == named);

        var town = Tree(1, 15).Select(u => (u.Id, u.Depth + 3)).ToList();
        Assert.Equal(16, FilterUnits.Shown(town, u => u.Item2, u => u.Id, null).Count);
    }
}

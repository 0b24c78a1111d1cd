using Guangong.Web.Features.Organization;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// The generated part of the tree: cities (市) → districts and counties (区/县) → towns and
/// sub-districts (镇/街道) → villages, communities, schools and companies, named as they would be.
/// </summary>
internal sealed class TreeBuilder(IdSource ids, ChineseNames names, Random random, DateTime created)
{
    public List<Unit> Build(GeneratorPreset preset, Unit anchor, List<Unit> into)
    {
        var towns = new List<Unit>();
        IEnumerable<Unit> districts = preset.Top switch
        {
            GeneratedLevel.City => Enumerable.Range(0, preset.Cities)
                .Select(i => DataGenerator.NewUnit(ids, anchor, names.Place() + "市关工委", UnitLevel.City, UnitKind.Committee, (i + 1) * 10, created, into))
                .ToList()
                .SelectMany(city => Districts(city, preset.DistrictsPerCity, into)),
            GeneratedLevel.District => Districts(anchor, preset.DistrictsPerCity, into),
            _ => [anchor],
        };
        foreach (var district in districts.ToList())
        {
            for (var t = 0; t < preset.TownsPerDistrict; t++)
            {
                var street = random.Next(4) == 0;
                var town = DataGenerator.NewUnit(ids, district, names.Place() + (street ? "街道关工委" : "镇关工委"), UnitLevel.Town, UnitKind.Committee, (t + 1) * 10, created, into);
                towns.Add(town);
                for (var v = 0; v < preset.UnitsPerTown; v++)
                {
                    var (name, kind) = Member(town, street, v);
                    DataGenerator.NewUnit(ids, town, name, UnitLevel.Village, kind, (v + 1) * 10, created, into);
                }
            }
        }

        return towns;
    }

    private List<Unit> Districts(Unit city, int count, List<Unit> into) =>
        Enumerable.Range(0, count)
            .Select(i => DataGenerator.NewUnit(ids, city, names.Place() + (random.Next(3) == 0 ? "县关工委" : "区关工委"), UnitLevel.District, UnitKind.Committee, (i + 1) * 10, created, into))
            .ToList();

    /// <summary>Most members are villages (a 街道's are communities); every town has schools, and some a company.</summary>
    private (string Name, UnitKind Kind) Member(Unit town, bool street, int index)
    {
        var place = names.Place();
        var townName = town.Name[..2];
        return (index % 15) switch
        {
            11 => ($"{place}小学关工委", UnitKind.School),
            12 => ($"{townName}{(index % 2 == 0 ? "初级中学" : "实验学校")}{(index > 15 ? place : string.Empty)}关工委", UnitKind.School),
            13 => ($"{townName}{place}机械有限公司关工委", UnitKind.Enterprise),
            _ => street || index % 15 == 10 ? ($"{place}社区关工委", UnitKind.Committee) : ($"{place}村关工委", UnitKind.Committee),
        };
    }
}

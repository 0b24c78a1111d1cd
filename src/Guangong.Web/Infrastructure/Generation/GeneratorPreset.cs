namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// The shape and density of a generated data set. A preset adds its top level below the demo tree when
/// that is there (a county under 天宁区, a city's districts under 常州市, a province's cities under 江苏省),
/// so the demo accounts see it; in a database without the demo towns it creates that chain itself.
/// </summary>
public sealed record GeneratorPreset(
    string Name,
    int Cities,
    int DistrictsPerCity,
    int TownsPerDistrict,
    int UnitsPerTown,
    int VolunteersPerUnit,
    double ActivitiesPerUnitMonth,
    double VolunteersPerActivity)
{
    /// <summary>The level the preset's generated tree starts at (the units created directly under the anchor).</summary>
    public GeneratedLevel Top => Name switch
    {
        "province" => GeneratedLevel.City,
        "city" => GeneratedLevel.District,
        _ => GeneratedLevel.Town,
    };

    // County: 20 towns × 15 villages/schools/companies, ~100,000 volunteers, ~500,000 activities and
    // ~1.5 million hour lines over three years (the first measurement).
    public static readonly IReadOnlyDictionary<string, GeneratorPreset> All = new Dictionary<string, GeneratorPreset>
    {
        ["town"] = new("town", 1, 1, 1, 15, 330, 46, 3),
        ["county"] = new("county", 1, 1, 20, 15, 330, 46, 3),
        ["city"] = new("city", 1, 8, 15, 15, 100, 10, 3),
        ["province"] = new("province", 10, 10, 15, 15, 44, 3, 3),
    };

    /// <summary>The same shape, a few rows per unit: what the fast tests generate.</summary>
    public GeneratorPreset Tiny() => this with
    {
        Cities = Math.Min(Cities, 2),
        DistrictsPerCity = Math.Min(DistrictsPerCity, 2),
        TownsPerDistrict = Math.Min(TownsPerDistrict, 2),
        UnitsPerTown = 3,
        VolunteersPerUnit = 6,
        ActivitiesPerUnitMonth = 1.5,
    };
}

public enum GeneratedLevel
{
    City,
    District,
    Town,
}

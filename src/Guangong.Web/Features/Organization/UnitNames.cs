namespace Guangong.Web.Features.Organization;

/// <summary>How a unit's name reads where the committee is understood: “焦溪村关工委” is the place 焦溪村.</summary>
public static class UnitNames
{
    private const string Committee = "关工委";

    /// <summary>
    /// The name without its trailing “关工委”: a byline, a prefix or a place names the village or school, not its committee.
    /// A name that is only “关工委” stays whole.
    /// </summary>
    public static string Place(string unitName) =>
        unitName.Length > Committee.Length && unitName.EndsWith(Committee, StringComparison.Ordinal) ? unitName[..^Committee.Length] : unitName;

    /// <summary>
    /// A unit named with its town before it (“郑陆镇 焦溪村关工委”); a unit named after its town already (郑陆镇团委) says
    /// it once.
    /// </summary>
    public static string WithTown(string townName, string unitName)
    {
        var town = Place(townName);
        return unitName.StartsWith(town, StringComparison.Ordinal) || unitName.StartsWith(Core(town), StringComparison.Ordinal) ? unitName : $"{town} {unitName}";
    }

    /// <summary>
    /// A town's place without its kind (郑陆镇 → 郑陆, 乌审召镇 → 乌审召): units named after the town mostly say it so
    /// (郑陆实验学校, 乌审召小学). One character alone is no name, and is not taken for one.
    /// </summary>
    private static string Core(string town)
    {
        var kind = TownKinds.FirstOrDefault(k => town.EndsWith(k, StringComparison.Ordinal) && town.Length - k.Length >= 2);
        return kind is null ? town : town[..^kind.Length];
    }

    private static readonly string[] TownKinds = ["街道办事处", "街道", "镇", "乡", "苏木"];

    /// <summary>The text without any space, half or full width: a spreadsheet's “郑陆镇　焦溪村关工委” is “郑陆镇 焦溪村关工委”.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

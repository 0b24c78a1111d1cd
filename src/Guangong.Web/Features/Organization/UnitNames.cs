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
        return unitName.StartsWith(town, StringComparison.Ordinal) ? unitName : $"{town} {unitName}";
    }
}

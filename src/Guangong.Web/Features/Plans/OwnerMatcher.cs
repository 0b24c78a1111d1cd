using Guangong.Web.Features.Organization;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// Finds the units a plan names as responsible (镇关工委; 各村、社区、学校关工委; 民企关工委; 郑陆法庭、
/// 司法所、派出所) among the plan unit and the units below it.
/// </summary>
public static class OwnerMatcher
{
    public sealed record Candidate(long Id, string Name, UnitKind Kind, UnitLevel Level, long? ParentId);

    public static IReadOnlyList<Candidate> Match(string owner, Candidate planUnit, IReadOnlyList<Candidate> below)
    {
        var o = owner.Trim();
        var found = new List<Candidate>();
        if (o.StartsWith('各'))
        {
            // "各村、社区、学校关工委": every unit of the kinds named, anywhere below.
            if (o.Contains('村') || o.Contains("嘎查", StringComparison.Ordinal))
            {
                found.AddRange(below.Where(u => u.Kind == UnitKind.Committee && u.Level == UnitLevel.Village && !u.Name.Contains("社区", StringComparison.Ordinal)));
            }

            if (o.Contains("社区", StringComparison.Ordinal))
            {
                found.AddRange(below.Where(u => u.Kind == UnitKind.Committee && u.Name.Contains("社区", StringComparison.Ordinal)));
            }

            if (o.Contains("学校", StringComparison.Ordinal))
            {
                found.AddRange(below.Where(u => u.Kind is UnitKind.School or UnitKind.Kindergarten));
            }

            if (o.Contains("企", StringComparison.Ordinal))
            {
                found.AddRange(below.Where(u => u.Kind == UnitKind.Enterprise));
            }

            if (o.Contains("基层", StringComparison.Ordinal) && found.Count == 0)
            {
                found.AddRange(below.Where(u => u.Kind is UnitKind.Committee or UnitKind.School or UnitKind.Kindergarten or UnitKind.Enterprise));
            }

            return found.DistinctBy(u => u.Id).ToList();
        }

        if (o.Contains("民企", StringComparison.Ordinal) || o.Contains("民营企业", StringComparison.Ordinal) || o == "企业关工委")
        {
            return below.Where(u => u.Kind == UnitKind.Enterprise).ToList();
        }

        if (o.EndsWith("镇关工委", StringComparison.Ordinal) || o is "镇关工委" or "关工委" || o == planUnit.Name)
        {
            return [planUnit];
        }

        // A unit named exactly as the tree has it ("焦溪村关工委") is that unit, whatever else shares its words.
        if (below.Where(u => u.Name == o).ToList() is { Count: > 0 } exact)
        {
            return exact;
        }

        foreach (var (keyword, kind) in new[] { ("法庭", UnitKind.CareStationCourt), ("司法所", UnitKind.CareStationJustice), ("派出所", UnitKind.CareStationPolice) })
        {
            if (o.Contains(keyword, StringComparison.Ordinal))
            {
                found.AddRange(below.Where(u => u.Kind == kind));
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        // A unit named outright ("焦溪小学关工委", "团委").
        var core = o.Replace("关工委", string.Empty, StringComparison.Ordinal);
        return core.Length < 2 ? [] : below.Where(u => u.Name.Contains(core, StringComparison.Ordinal)).ToList();
    }
}

using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Committees;

// The /api/v1/committees answers. Property names are the JSON names (camelCase on the wire).

/// <summary>GET /api/v1/committees/{unitId}: the team, the member units and how the staffing rules stand.</summary>
public sealed record CommitteeDetailDto(long UnitId, string Name, IReadOnlyList<PositionDto> Team, IReadOnlyList<MemberUnitDto> MemberUnits, IReadOnlyList<StaffingRuleDto> Rules)
{
    public static CommitteeDetailDto From(CommitteeDetail d) => new(d.Unit.Id, d.Unit.Name, [.. d.Positions.Select(PositionDto.From)],
        [.. d.Members.Select(m => new MemberUnitDto(m.Id, m.Name, m.Category, m.ContactPerson))], [.. d.Rules.Select(StaffingRuleDto.From)]);
}

public sealed record PositionDto(long Id, long UnitId, string Role, string? PersonName, bool IsFiveElder, string? PostElsewhere, DateOnly? TermStart, DateOnly? TermEnd, long? VolunteerId, long Version)
{
    public static PositionDto From(LeadershipPosition p) => new(p.Id, p.UnitId, p.Role, p.PersonName, p.IsFiveElder, p.PostElsewhere, p.TermStart, p.TermEnd, p.VolunteerId, p.Version);
}

public sealed record MemberUnitDto(long Id, string Name, string? Category, string? ContactPerson);

/// <summary>A staffing rule: met, or failing since when, and whether its due date has passed.</summary>
public sealed record StaffingRuleDto(string Kind, string Name, DateOnly DueDate, bool Met, DateOnly? FailingSince, bool Overdue)
{
    public static StaffingRuleDto From(RuleResult r) => new(r.Rule.Kind.ToString(), EnumText.Of(r.Rule.Kind), r.Rule.DueDate, r.FailingSince is null, r.FailingSince, r.Overdue);
}

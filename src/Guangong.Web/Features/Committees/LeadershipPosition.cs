using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Committees;

/// <summary>
/// A seat on a committee's leadership team (领导班子) for a term. An empty <see cref="PersonName"/> is
/// a vacancy. The team at any date is the positions whose term covers it, which is what lets the
/// compliance report say since when a committee has not met a rule.
/// </summary>
public class LeadershipPosition : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The committee (a unit) this seat belongs to.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>主任, 常务副主任, 副主任, 秘书长, 成员, 干事 (dictionary 班子职务).</summary>
    public string Role { get; set; } = string.Empty;

    public string? PersonName { get; set; }

    /// <summary>The person on the 五老 roster, when they are on it.</summary>
    public long? VolunteerId { get; set; }

    public bool IsFiveElder { get; set; }

    /// <summary>The post they hold elsewhere, e.g. 党委副书记, 查汗淖学校校长.</summary>
    public string? PostElsewhere { get; set; }

    public string? Phone { get; set; }

    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }

    public int SortOrder { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public bool IsVacant => string.IsNullOrWhiteSpace(PersonName);

    public bool CoversDate(DateOnly date) => (TermStart is null || TermStart <= date) && (TermEnd is null || TermEnd >= date);
}

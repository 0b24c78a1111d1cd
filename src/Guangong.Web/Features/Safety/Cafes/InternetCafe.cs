using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Safety.Cafes;

/// <summary>An internet café (网吧) the 五老 supervise, registered by the unit it lies in.</summary>
public class InternetCafe : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Address { get; set; }

    /// <summary>网络文化经营许可证 number.</summary>
    public string? LicenceNumber { get; set; }

    public string? OperatorName { get; set; }

    public string? OperatorPhone { get; set; }

    public bool IsOpen { get; set; } = true;

    /// <summary>How many inspections a month the schedule asks of this café (the town's default is one).</summary>
    public int InspectionsPerMonth { get; set; } = 1;

    /// <summary>The 五老 assigned to supervise it, from the roster.</summary>
    public List<CafeSupervisor> Supervisors { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

public class CafeSupervisor : IUnitOwned
{
    public long Id { get; set; }

    public long CafeId { get; set; }

    public long VolunteerId { get; set; }

    public People.Volunteer? Volunteer { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

public enum FollowUpTo
{
    [Display(Name = "无需移交")] None = 0,
    [Display(Name = "派出所")] Police = 1,
    [Display(Name = "文化执法")] CultureEnforcement = 2,
}

/// <summary>
/// One inspection, recorded on a phone. Minors are a count, never names (the law forbids them in
/// the café; the volunteer reports, the police or the cultural law-enforcement team act).
/// </summary>
public class CafeInspection : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long CafeId { get; set; }

    public InternetCafe? Cafe { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateTime InspectedUtc { get; set; }

    /// <summary>The 五老 who inspected (one of the café's supervisors).</summary>
    public long VolunteerId { get; set; }

    public People.Volunteer? Volunteer { get; set; }

    /// <summary>Time spent, in tenths of an hour (the service the volunteer gave).</summary>
    public int Tenths { get; set; }

    public int MinorsFound { get; set; }

    public bool SignPresent { get; set; }

    public bool IdChecksDone { get; set; }

    public string? Problems { get; set; }

    public FollowUpTo FollowUpTo { get; set; }

    public string? FollowUpOutcome { get; set; }

    public string EnteredByName { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public decimal Hours => Tenths / 10m;
}

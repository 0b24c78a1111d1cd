using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Safety.CareCases;

public enum CareCaseKind
{
    [Display(Name = "司法保护")] JudicialProtection = 1,
    [Display(Name = "社区矫正")] CommunityCorrection = 2,
    [Display(Name = "关爱帮扶")] Care = 3,
}

public enum CareCaseStatus
{
    [Display(Name = "在办")] Open = 1,
    [Display(Name = "已结案")] Closed = 2,
}

/// <summary>
/// A minor's case at a 关爱工作站 (court, 司法所, 派出所). Only case workers of the owning station read
/// it (<see cref="CareCaseAccess"/>); the levels above count cases by kind and status. The fields
/// marked <see cref="KeptOutOfAuditAttribute"/> are the personal ones: erasure blanks them and
/// the audit trail never held their text, so after erasure only the counts remain.
/// </summary>
public class CareCase : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The station that owns the case.</summary>
    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public CareCaseKind Kind { get; set; }

    public CareCaseStatus Status { get; set; } = CareCaseStatus.Open;

    public DateOnly OpenedOn { get; set; }

    [KeptOutOfAudit]
    public string? MinorName { get; set; }

    [KeptOutOfAudit]
    public int? BirthYear { get; set; }

    [KeptOutOfAudit]
    public string? School { get; set; }

    /// <summary>What the case is about, as little as the work needs.</summary>
    [KeptOutOfAudit]
    public string? Situation { get; set; }

    /// <summary>The 五老 paired with the minor as mentor (from the roster of the station's unit).</summary>
    public long? MentorId { get; set; }

    public People.Volunteer? Mentor { get; set; }

    public DateOnly? PairedOn { get; set; }

    /// <summary>The guardian who gave the separate consent PIPL asks for a child's data.</summary>
    [KeptOutOfAudit]
    public string? GuardianName { get; set; }

    [KeptOutOfAudit]
    public string? GuardianRelation { get; set; }

    public DateOnly? ConsentOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    [KeptOutOfAudit]
    public string? ClosureNote { get; set; }

    /// <summary>When the personal fields were erased on request; the row stays for the counts.</summary>
    public DateTime? ErasedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<CareVisit> Visits { get; set; } = [];

    public bool IsErased => ErasedUtc is not null;
}

/// <summary>One visit to the minor or the family: when, who went; the note is personal and erased with the case.</summary>
public class CareVisit : IUnitOwned
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public CareCase? Case { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateOnly VisitedOn { get; set; }

    /// <summary>Who visited (case worker, mentor): adults, not the minor.</summary>
    public string Visitor { get; set; } = string.Empty;

    [KeptOutOfAudit]
    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }
}

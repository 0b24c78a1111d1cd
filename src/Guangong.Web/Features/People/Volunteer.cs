using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.People;

/// <summary>A 五老 volunteer of the roster, kept by the unit they serve in.</summary>
public class Volunteer : IUnitOwned, IVersioned
{
    public const int NameMaxLength = 20;

    public long Id { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Gender Gender { get; set; }

    public string Ethnicity { get; set; } = "汉族";

    public int BirthYear { get; set; }

    public string? Phone { get; set; }

    /// <summary>老干部/老战士/老专家/老教师/老模范 (dictionary 五老类别), or none.</summary>
    public string? Category { get; set; }

    public string? FormerUnit { get; set; }

    public string? FormerPost { get; set; }

    public string? PoliticalStatus { get; set; }

    /// <summary>Free tags, kept as one text joined by "、" (searched with LIKE, shown as badges).</summary>
    public string? Specialties { get; set; }

    /// <summary>核心层/骨干层/参与层 (dictionary 队伍层级), or none.</summary>
    public string? Layer { get; set; }

    public VolunteerStatus Status { get; set; } = VolunteerStatus.Active;

    public DateOnly StatusDate { get; set; }

    /// <summary>
    /// The date of the latest care visit (null: never visited), a copy kept with every save of a visit by
    /// <see cref="LastVisitFollower"/>, so the care to-do and list read an index range instead of searching the visits
    /// of every volunteer in scope (issue 18).
    /// </summary>
    public DateOnly? LastVisitOn { get; set; }

    /// <summary>The volunteer's own account, when they sign in on a phone to check in.</summary>
    public long? UserId { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the personal fields were erased (the volunteer left and asked, PIPL); the row stays for the counts.</summary>
    public DateTime? ErasedUtc { get; set; }

    public bool IsErased => ErasedUtc is not null;

    /// <summary>The status says the volunteer has left the team (退出, 已故): only then may their personal data be erased.</summary>
    public bool HasLeft => Status is VolunteerStatus.Withdrawn or VolunteerStatus.Deceased;

    public long Version { get; set; }

    public List<VolunteerStatusChange> History { get; set; } = [];

    public IEnumerable<string> SpecialtyTags => SpecialtyText.Split(Specialties);
}

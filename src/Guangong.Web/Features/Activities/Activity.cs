using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Activities;

/// <summary>One event recorded once: who organized it, who served, whom it reached, and its evidence.</summary>
public class Activity : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>From the 活动类别 dictionary (主题教育, 法治教育, 防溺水 …).</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>The program or slogan it belongs to, e.g. 老少心向党、奋斗新征程.</summary>
    public string? Theme { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Completed;

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string? Place { get; set; }

    /// <summary>Co-organizing member units (派出所, 司法所 …), joined by "、".</summary>
    public string? Partners { get; set; }

    public int YouthReached { get; set; }

    /// <summary>Groups reached (小学生, 留守儿童 …), joined by "、".</summary>
    public string? YouthGroups { get; set; }

    public string? Summary { get; set; }

    /// <summary>法治教育: which of the 四进 it served; only on a legal-education category (<see cref="LegalEducation"/>).</summary>
    public FourIn FourIn { get; set; }

    /// <summary>法治教育: the laws taught, from <see cref="LegalEducation.Laws"/>, joined by "、".</summary>
    public string? LawsTaught { get; set; }

    /// <summary>A plan task this activity is evidence for (the plan feature links it).</summary>
    public long? PlanTaskId { get; set; }

    /// <summary>A station or education base where it took place.</summary>
    public long? VenueUnitId { get; set; }

    public Unit? VenueUnit { get; set; }

    /// <summary>Six digits volunteers type on their phone to check in; null when check-in is closed.</summary>
    public string? CheckInCode { get; set; }

    /// <summary>How many volunteers have hours on it now; kept by the commands so lists need not sum the ledger.</summary>
    public int VolunteerCount { get; set; }

    /// <summary>
    /// 公开展示: the town officer chose it for the anonymous 网上关工委 highlights (title, date, place,
    /// how many were reached and the photos also marked public; never the summary or any person).
    /// </summary>
    public bool IsPublic { get; set; }

    public long CreatedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<ActivityFile> Files { get; set; } = [];
}

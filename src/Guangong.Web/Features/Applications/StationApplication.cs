using System.ComponentModel.DataAnnotations;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Applications;

public enum ApplicationStatus
{
    [Display(Name = "草稿")] Draft = 1,
    [Display(Name = "审核中")] Submitted = 2,
    [Display(Name = "已退回")] Returned = 3,
    [Display(Name = "已批准")] Approved = 4,
}

/// <summary>
/// A town's application (申报) for a station's honour (区优 or 市优): the latest assessment, a narrative,
/// sent up to the unit above, which scores it per criterion and approves it or returns it with reasons.
/// Owned by the town; locked while submitted.
/// </summary>
public class StationApplication : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The applying town.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public long StationId { get; set; }

    public string StationName { get; set; } = string.Empty;

    public long AssessmentId { get; set; }

    public int Year { get; set; }

    /// <summary>区优 or 市优.</summary>
    public string Title { get; set; } = string.Empty;

    public string Narrative { get; set; } = string.Empty;

    /// <summary>
    /// The photos the town chose for the 申报表, in order: "e{id}" an evidence file of the assessment,
    /// "a{id}" a photo of a linked activity, joined by ",".
    /// </summary>
    public string? Photos { get; set; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;

    public string? ReturnReason { get; set; }

    public decimal? ReviewTotal { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<ApplicationScore> Scores { get; set; } = [];
}

/// <summary>The reviewing unit's score and comment on one criterion of the application's assessment.</summary>
public class ApplicationScore : IUnitOwned
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public long CriterionId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public decimal Score { get; set; }

    public string? Comment { get; set; }
}

/// <summary>One step of an application's history: who did what, when, and why.</summary>
public class ApplicationEvent : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? Comment { get; set; }
}

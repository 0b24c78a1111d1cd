using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// One year's assessment of a subject (a station, a workshop, a company committee, a base) against
/// one template version: scored by the owning unit, then reviewed by a unit above it.
/// </summary>
public class Assessment : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The unit that owns the subject and scores itself.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public long TemplateId { get; set; }

    public ProgramKind Program { get; set; }

    public long SubjectId { get; set; }

    /// <summary>A copy of the subject's name when the assessment started, for lists and comparisons.</summary>
    public string SubjectName { get; set; } = string.Empty;

    public int Year { get; set; }

    public AssessmentStatus Status { get; set; } = AssessmentStatus.Draft;

    public decimal SelfTotal { get; set; }

    public decimal? ReviewTotal { get; set; }

    /// <summary>The level reached by the reviewed total (or the self total before review).</summary>
    public string? Level { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>Who submitted the self-assessment: they do not review it too.</summary>
    public long? SubmittedByUserId { get; set; }

    public long? ReviewerUnitId { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<AssessmentScore> Scores { get; set; } = [];

    public decimal Total => ReviewTotal ?? SelfTotal;
}

/// <summary>The self score with its evidence, and the reviewer's score and comment, for one criterion.</summary>
public class AssessmentScore : IUnitOwned
{
    public long Id { get; set; }

    public long AssessmentId { get; set; }

    public long CriterionId { get; set; }

    /// <summary>The criterion's full marks, copied at the start so lists count gaps without the template.</summary>
    public int MaxPoints { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public decimal? SelfScore { get; set; }

    /// <summary>What shows the criterion is met: documents, rooms, numbers.</summary>
    public string? Evidence { get; set; }

    /// <summary>An activity whose record and photos are the evidence.</summary>
    public long? ActivityId { get; set; }

    public decimal? ReviewScore { get; set; }

    public string? ReviewComment { get; set; }
}

/// <summary>A gap (a criterion below full marks) turned into a task with an owner and a due date, tracked to done.</summary>
public class RemediationAction : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long AssessmentId { get; set; }

    public long CriterionId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public DateOnly DueDate { get; set; }

    public DateOnly? DoneDate { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

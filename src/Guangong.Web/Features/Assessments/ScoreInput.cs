namespace Guangong.Web.Features.Assessments;

/// <summary>Scores for some or all criteria of an assessment, as the form and the API post them.</summary>
public sealed class ScoreInput
{
    public List<ScoreLine> Lines { get; set; } = [];

    public long Version { get; set; }
}

public sealed class ScoreLine
{
    public long CriterionId { get; set; }

    public string? Score { get; set; }

    /// <summary>Self-assessment: the evidence; review: the reviewer's comment.</summary>
    public string? Note { get; set; }

    /// <summary>Self-assessment only: an activity (with its photos) as evidence.</summary>
    public string? ActivityId { get; set; }
}

public sealed class RemediationInput
{
    public string? CriterionId { get; set; }

    public string? Text { get; set; }

    public string? Owner { get; set; }

    public string? DueDate { get; set; }
}

namespace Guangong.Web.Features.Essays;

/// <summary>The contest form (and API body); every non-text field as text, checked with Chinese messages.</summary>
public sealed class ContestInput
{
    public string? Title { get; set; }

    public string? Organiser { get; set; }

    public string? Level { get; set; }

    public string? Theme { get; set; }

    /// <summary>Group names (LowerPrimary …) separated by commas; the form posts one checkbox per group.</summary>
    public string? Groups { get; set; }

    public string? StartsOn { get; set; }

    public string? SubmissionDeadline { get; set; }

    public string? JudgingDeadline { get; set; }

    public string? MinLength { get; set; }

    public string? MaxLength { get; set; }

    public string? Criteria { get; set; }

    /// <summary>Unit ids separated by commas; empty: every unit below.</summary>
    public string? ParticipatingUnitIds { get; set; }

    public bool DropExtremes { get; set; }

    public string? DisagreementPoints { get; set; }

    public long Version { get; set; }
}

/// <summary>The awards rule and the date printed on certificates.</summary>
public sealed class AwardsInput
{
    public string? Mode { get; set; }

    public string? First { get; set; }

    public string? Second { get; set; }

    public string? Third { get; set; }

    public string? Merit { get; set; }

    public string? AwardsOn { get; set; }

    public long Version { get; set; }
}

/// <summary>A piece typed into the form (or posted to the API).</summary>
public sealed class SubmissionInput
{
    public string? UnitId { get; set; }

    public string? Group { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? AuthorName { get; set; }

    public string? Grade { get; set; }

    public string? ClassName { get; set; }

    public string? Adviser { get; set; }
}

/// <summary>A judge's sheet for one piece: points per criterion, in order.</summary>
public sealed class ScoreSheetInput
{
    /// <summary>The piece, when the sheet is posted to /api/v1/contests/{id}/scores (the page and PUT name it in the address).</summary>
    public string? SubmissionId { get; set; }

    public List<string?> Points { get; set; } = [];

    public string? Comment { get; set; }
}

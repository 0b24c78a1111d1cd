namespace Guangong.Web.Features.Safety.CareCases;

/// <summary>A new case as the form and the API post it; every non-text field is text, checked with a Chinese message.</summary>
public sealed class CareCaseInput
{
    public string? Kind { get; set; }

    public string? OpenedOn { get; set; }

    public string? MinorName { get; set; }

    public string? BirthYear { get; set; }

    public string? School { get; set; }

    public string? Situation { get; set; }
}

/// <summary>One step of a case's work (pairing, consent, a visit, closure, erasure); each form uses the fields it needs.</summary>
public sealed class CareStepInput
{
    public string? Date { get; set; }

    public string? MentorId { get; set; }

    public string? Name { get; set; }

    public string? Relation { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}

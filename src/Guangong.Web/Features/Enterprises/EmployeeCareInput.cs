namespace Guangong.Web.Features.Enterprises;

/// <summary>A care record as the form posts it; every non-text field is text, checked with a Chinese message.</summary>
public sealed class EmployeeCareInput
{
    public string? EmployeeName { get; set; }

    public string? AgeBand { get; set; }

    public string? Difficulty { get; set; }

    public string? Help { get; set; }

    public string? HelpedOn { get; set; }

    public string? Amount { get; set; }
}

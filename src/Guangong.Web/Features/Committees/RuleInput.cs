namespace Guangong.Web.Features.Committees;

public sealed class RuleInput
{
    public string? Kind { get; set; }

    public string? DueDate { get; set; }

    public string? Basis { get; set; }
}

namespace Guangong.Web.Features.People;

/// <summary>A visit as typed on the volunteer's page or sent to the API.</summary>
public sealed class VisitInput
{
    public static readonly string[] HealthStates = ["良好", "一般", "较差", "住院"];

    public string? Date { get; set; }

    public string? VisitedBy { get; set; }

    public string? Health { get; set; }

    public string? Needs { get; set; }

    public string? FollowUp { get; set; }
}

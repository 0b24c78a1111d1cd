namespace Guangong.Web.Features.People;

/// <summary>A change of a volunteer's status (e.g. 拟吸纳 → 在册), with the date it took effect.</summary>
public sealed class StatusInput
{
    public string? Status { get; set; }

    public string? Date { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}

namespace Guangong.Web.Features.Applications;

public sealed class ApplicationInput
{
    public string? StationId { get; set; }

    /// <summary>区优 or 市优.</summary>
    public string? Title { get; set; }

    public string? Narrative { get; set; }

    public long Version { get; set; }
}

public sealed class DecisionInput
{
    public string? Reason { get; set; }

    public long Version { get; set; }
}

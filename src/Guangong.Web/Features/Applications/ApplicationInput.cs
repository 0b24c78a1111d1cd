namespace Guangong.Web.Features.Applications;

public sealed class ApplicationInput
{
    public string? StationId { get; set; }

    /// <summary>区优 or 市优.</summary>
    public string? Title { get; set; }

    public string? Narrative { get; set; }

    /// <summary>The photos chosen for the 申报表 in order ("e12", "a34"); null leaves the choice as it is.</summary>
    public List<string>? Photos { get; set; }

    public long Version { get; set; }
}

public sealed class DecisionInput
{
    public string? Reason { get; set; }

    public long Version { get; set; }
}

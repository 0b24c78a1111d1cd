using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Activities;

/// <summary>A photo or document of an activity; the bytes live in the data folder under <see cref="StorageKey"/>.</summary>
public class ActivityFile : IUnitOwned
{
    public long Id { get; set; }

    public long ActivityId { get; set; }

    public Activity? Activity { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    public bool HasThumbnail { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The officer chose this photo for the public highlights; only its re-encoded thumbnail is served there.</summary>
    public bool IsPublic { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

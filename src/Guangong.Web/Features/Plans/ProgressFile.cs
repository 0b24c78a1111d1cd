using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>An attachment of a progress report, stored like activity evidence.</summary>
public class ProgressFile : IUnitOwned
{
    public long Id { get; set; }

    public long ProgressId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string StorageKey { get; set; } = string.Empty;
}

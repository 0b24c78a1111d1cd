using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Committees;

/// <summary>
/// A committee's 四纳入/四统一 for one year: which of the items (dictionaries 四纳入 and 四统一, so
/// that the wording can follow the local document) it has achieved, with a note on the evidence.
/// </summary>
public class CommitteeChecklist : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    /// <summary>The achieved items, joined by "、".</summary>
    public string? Achieved { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Publicity;

/// <summary>A medium that adopts articles (旗融媒体中心, 鄂尔多斯日报 …), kept by the town for its correspondents.</summary>
public class Outlet : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public OutletLevel Level { get; set; }

    public OutletKind Kind { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }
}

/// <summary>An article used by an outlet (采用): the date, where to find it, and a clipping.</summary>
public class Adoption : IUnitOwned
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article? Article { get; set; }

    public long OutletId { get; set; }

    public Outlet? Outlet { get; set; }

    public DateOnly Date { get; set; }

    public string? Link { get; set; }

    /// <summary>版面/期号 for print, e.g. 2023年5月12日第3版.</summary>
    public string? PageIssue { get; set; }

    /// <summary>The screenshot or clipping, stored like an article image.</summary>
    public string? ClippingKey { get; set; }

    public long RecordedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

/// <summary>
/// A month whose figures a unit has issued (its 通报): adoptions dated in it are refused, and
/// later changes to it are reported as corrections.
/// </summary>
public class PublicityMonthClosure : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public DateTime ClosedUtc { get; set; }

    public long ClosedByUserId { get; set; }

    /// <summary>The 通报 in the document register that closed the month.</summary>
    public long? IssuedDocumentId { get; set; }

    /// <summary>
    /// Each correspondent's points for the month as the 通报 printed them ("id=points;…"): the next
    /// 通报 compares the month's figures now with these and prints the differences as corrections.
    /// </summary>
    public string Snapshot { get; set; } = string.Empty;
}

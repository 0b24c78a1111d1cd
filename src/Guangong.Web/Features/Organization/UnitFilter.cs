namespace Guangong.Web.Features.Organization;

/// <summary>Filters of the unit list, as they appear in the query string (?q=&amp;kind=&amp;level=&amp;status=&amp;sort=&amp;desc=&amp;page=).</summary>
public sealed record UnitFilter(
    string? Q = null,
    UnitKind? Kind = null,
    UnitLevel? Level = null,
    string? Status = null,
    string? Sort = null,
    bool Desc = false)
{
    public bool IsSearch => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Level is not null || Status is "inactive" or "all";
}

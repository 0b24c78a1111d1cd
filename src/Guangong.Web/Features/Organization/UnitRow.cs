namespace Guangong.Web.Features.Organization;

/// <summary>A unit as a list or tree shows it, with the counts of what lies below it.</summary>
public sealed record UnitRow(
    long Id,
    long? ParentId,
    string Name,
    UnitLevel Level,
    UnitKind Kind,
    int Depth,
    bool IsActive,
    string Path,
    int ChildCount,
    int DescendantCount,
    int UserCount);

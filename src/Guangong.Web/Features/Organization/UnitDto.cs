namespace Guangong.Web.Features.Organization;

public sealed record UnitDto(
    long Id,
    long? ParentId,
    string Name,
    string Level,
    string LevelName,
    string Kind,
    string KindName,
    string Path,
    int Depth,
    bool IsActive)
{
    public static UnitDto From(UnitRow u) => new(u.Id, u.ParentId, u.Name, u.Level.ToString(), Components.Shared.EnumText.Of(u.Level),
        u.Kind.ToString(), Components.Shared.EnumText.Of(u.Kind), u.Path, u.Depth, u.IsActive);

    public static UnitDto From(Unit u) => new(u.Id, u.ParentId, u.Name, u.Level.ToString(), Components.Shared.EnumText.Of(u.Level),
        u.Kind.ToString(), Components.Shared.EnumText.Of(u.Kind), u.Path, u.Depth, u.IsActive);
}

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Bases;

// The /api/v1/education-bases answers. Property names are the JSON names (camelCase on the wire).

public sealed record BaseDto(long Id, long UnitId, string? Name, string Category, string CategoryName, string? Host, string? Address, int? Capacity, string? Description, long Version, int Visits = 0, int YouthReached = 0)
{
    public static BaseDto From(EducationBase b) => new(b.Id, b.UnitId, b.Unit?.Name, b.Category.ToString(), EnumText.Of(b.Category), b.Host, b.Address, b.Capacity, b.Description, b.Version);
}

/// <summary>GET /api/v1/education-bases/{id}: the base (as "base"), its yearly totals and its visits.</summary>
public sealed record BaseDetailDto(BaseDto Base, IReadOnlyList<BaseYear> Years, IReadOnlyList<BaseVisit> Visits)
{
    public static BaseDetailDto From(BaseDetail d) => new(BaseDto.From(d.Base), d.Years, d.Visits);
}

using System.Globalization;

namespace Guangong.Web.Features.Bases;

public sealed class BaseInput
{
    /// <summary>The base's unit, of kind 教育基地.</summary>
    public string? UnitId { get; set; }

    public string? Category { get; set; }

    public string? Host { get; set; }

    public string? Address { get; set; }

    public string? Capacity { get; set; }

    public string? Description { get; set; }

    public long Version { get; set; }

    public static BaseInput From(EducationBase b) => new()
    {
        UnitId = b.UnitId.ToString(CultureInfo.InvariantCulture),
        Category = b.Category.ToString(),
        Host = b.Host,
        Address = b.Address,
        Capacity = b.Capacity?.ToString(CultureInfo.InvariantCulture),
        Description = b.Description,
        Version = b.Version,
    };
}

using System.ComponentModel.DataAnnotations;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Bases;

public enum BaseCategory
{
    [Display(Name = "红色遗址")] RedSite = 1,
    [Display(Name = "生态教育基地")] Ecology = 2,
    [Display(Name = "爱国主义教育基地")] Patriotic = 3,
    [Display(Name = "其他")] Other = 9,
}

/// <summary>
/// An education base (教育基地) in the registry. It is a unit of kind 教育基地 in the tree (so an activity
/// names it as its venue, and those activities are its visits); the registry adds what the unit lacks.
/// </summary>
public class EducationBase : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The base's own unit (kind 教育基地): activities held there name it as their venue.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public BaseCategory Category { get; set; }

    /// <summary>Who runs it, e.g. 乌审召镇关工委、查汗庙嘎查.</summary>
    public string? Host { get; set; }

    public string? Address { get; set; }

    /// <summary>How many visitors it takes at once.</summary>
    public int? Capacity { get; set; }

    public string? Description { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

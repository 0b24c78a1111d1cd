using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Safety.Water;

public enum WaterKind
{
    [Display(Name = "河")] River = 1,
    [Display(Name = "湖")] Lake = 2,
    [Display(Name = "淖尔")] Nur = 3,
    [Display(Name = "水库")] Reservoir = 4,
    [Display(Name = "坑塘")] Pond = 5,
    [Display(Name = "水渠")] Canal = 6,
}

public enum RiskLevel
{
    [Display(Name = "低")] Low = 1,
    [Display(Name = "中")] Medium = 2,
    [Display(Name = "高")] High = 3,
}

/// <summary>A water body children could drown in, with what is there to keep them safe and who answers for it.</summary>
public class WaterBody : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The village (嘎查, 社区) it lies in.</summary>
    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public WaterKind Kind { get; set; }

    /// <summary>WGS-84 degrees, checked to lie in China.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public RiskLevel Risk { get; set; }

    public bool HasWarningSigns { get; set; }

    public bool HasRescueEquipment { get; set; }

    /// <summary>What equipment: 救生圈, 竹竿, 绳索 …</summary>
    public string? Equipment { get; set; }

    public string? ResponsiblePerson { get; set; }

    public string? ResponsiblePhone { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

/// <summary>One line of the summer rota: a volunteer patrols a water body between two dates.</summary>
public class PatrolRotaLine : IUnitOwned
{
    public long Id { get; set; }

    public long WaterBodyId { get; set; }

    public WaterBody? WaterBody { get; set; }

    public long VolunteerId { get; set; }

    public People.Volunteer? Volunteer { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateOnly FromDate { get; set; }

    public DateOnly ToDate { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Safety.Water;

/// <summary>
/// A patrol checked in and out on the phone. Children dissuaded is a count. Open while
/// <see cref="EndUtc"/> is null; a patrol lasts at most <see cref="PatrolRules.MaxHours"/> hours.
/// </summary>
public class Patrol : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long VolunteerId { get; set; }

    public People.Volunteer? Volunteer { get; set; }

    /// <summary>The unit of the first water body covered: whose patrol it is.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateTime StartUtc { get; set; }

    public DateTime? EndUtc { get; set; }

    public List<PatrolStop> Stops { get; set; } = [];

    public string? Hazards { get; set; }

    public int ChildrenDissuaded { get; set; }

    public string EnteredByName { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

/// <summary>A water body a patrol covered.</summary>
public class PatrolStop : IUnitOwned
{
    public long Id { get; set; }

    public long PatrolId { get; set; }

    public long WaterBodyId { get; set; }

    public WaterBody? WaterBody { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

public enum IncidentKind
{
    [Display(Name = "险情（未溺水）")] NearMiss = 1,
    [Display(Name = "溺水")] Drowning = 2,
}

/// <summary>A near miss or a drowning: when, where, what happened, in counts; never a name.</summary>
public class DrowningIncident : IUnitOwned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public long? WaterBodyId { get; set; }

    public WaterBody? WaterBody { get; set; }

    public DateOnly Date { get; set; }

    public string Place { get; set; } = string.Empty;

    public IncidentKind Kind { get; set; }

    public int MinorsInvolved { get; set; }

    public int Rescued { get; set; }

    public int Deaths { get; set; }

    public string? Outcome { get; set; }

    public DateTime CreatedUtc { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Safety.ZeroCrime;

public enum ZeroCrimeState
{
    [Display(Name = "达标")] Achieved = 1,
    [Display(Name = "未达标")] NotAchieved = 2,
    [Display(Name = "待核实")] Pending = 3,
}

/// <summary>
/// A village's or community's 未成年人零犯罪 status for one year, set by the town officer from the
/// police station's figures: a count of minors' offences, never a name.
/// </summary>
public class ZeroCrimeStatus : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The village or community the status is about (its path scopes it; the town above sets it).</summary>
    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public ZeroCrimeState State { get; set; }

    public int Offences { get; set; }

    /// <summary>Where the figures came from, e.g. 郑陆派出所.</summary>
    public string? Source { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? Note { get; set; }

    public string SetByName { get; set; } = string.Empty;

    public DateTime UpdatedUtc { get; set; }

    public long Version { get; set; }
}

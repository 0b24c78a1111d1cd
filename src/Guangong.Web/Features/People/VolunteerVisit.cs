using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.People;

/// <summary>A visit to a volunteer ("定期关注五老队伍的身心健康"): how they are and what they need.</summary>
public class VolunteerVisit : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long VolunteerId { get; set; }

    public Volunteer? Volunteer { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string VisitedBy { get; set; } = string.Empty;

    /// <summary>良好/一般/较差/住院 (see <see cref="VisitForm.HealthStates"/>).</summary>
    public string Health { get; set; } = string.Empty;

    public string? Needs { get; set; }

    public string? FollowUp { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

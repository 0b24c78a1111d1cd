using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.People;

/// <summary>One step in a volunteer's history (拟吸纳 → 在册 → …); the renewal view counts these.</summary>
public class VolunteerStatusChange : IUnitOwned
{
    public long Id { get; set; }

    public long VolunteerId { get; set; }

    public Volunteer? Volunteer { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public VolunteerStatus? FromStatus { get; set; }

    public VolunteerStatus ToStatus { get; set; }

    public DateOnly Date { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }
}

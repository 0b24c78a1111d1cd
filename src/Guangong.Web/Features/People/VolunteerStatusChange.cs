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

    /// <summary>The volunteer moves to <paramref name="to"/> on <paramref name="date"/>, the step kept as history (the status form and the import both do it).</summary>
    public static VolunteerStatusChange Apply(Volunteer volunteer, VolunteerStatus to, DateOnly date, string? note)
    {
        var change = new VolunteerStatusChange
        {
            VolunteerId = volunteer.Id,
            UnitId = volunteer.UnitId,
            UnitPath = volunteer.UnitPath,
            FromStatus = volunteer.Status,
            ToStatus = to,
            Date = date,
            Note = note,
        };
        volunteer.Status = to;
        volunteer.StatusDate = date;
        return change;
    }
}

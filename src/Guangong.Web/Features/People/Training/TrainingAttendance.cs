using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.People.Training;

/// <summary>A volunteer attended a session; owned by the session's unit.</summary>
public class TrainingAttendance : IUnitOwned
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public TrainingSession? Session { get; set; }

    public long VolunteerId { get; set; }

    public Volunteer? Volunteer { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

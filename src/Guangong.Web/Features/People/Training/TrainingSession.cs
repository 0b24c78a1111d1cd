using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.People.Training;

/// <summary>A 学习培训 or 理论学习 session held by a unit, with attendees from the roster.</summary>
public class TrainingSession : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Topic { get; set; } = string.Empty;

    /// <summary>学习培训 or 理论学习.</summary>
    public string Kind { get; set; } = TrainingKinds.Training;

    public DateOnly Date { get; set; }

    public bool Online { get; set; }

    /// <summary>Hours credited to each attendee, in tenths kept exact as a decimal.</summary>
    public decimal Hours { get; set; }

    public string? Speaker { get; set; }

    public string? Place { get; set; }

    public string? Summary { get; set; }

    public List<TrainingAttendance> Attendees { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

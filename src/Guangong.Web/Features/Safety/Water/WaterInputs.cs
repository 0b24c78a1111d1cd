using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Safety.Water;

public sealed class WaterBodyInput
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? UnitId { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Risk { get; set; }

    public bool HasWarningSigns { get; set; }

    public bool HasRescueEquipment { get; set; }

    public string? Equipment { get; set; }

    public string? ResponsiblePerson { get; set; }

    public string? ResponsiblePhone { get; set; }

    public long Version { get; set; }

    public static WaterBodyInput From(WaterBody w) => new()
    {
        Name = w.Name,
        Kind = w.Kind.ToString(),
        UnitId = w.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Latitude = w.Latitude?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        Longitude = w.Longitude?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        Risk = w.Risk.ToString(),
        HasWarningSigns = w.HasWarningSigns,
        HasRescueEquipment = w.HasRescueEquipment,
        Equipment = w.Equipment,
        ResponsiblePerson = w.ResponsiblePerson,
        ResponsiblePhone = w.ResponsiblePhone,
        Version = w.Version,
    };
}

/// <summary>Starting a patrol on the phone; times are China time, a date and an HH:mm.</summary>
public sealed class CheckInInput
{
    /// <summary>The date and time the form was drawn with; see <see cref="PatrolRules.ReadTap"/>.</summary>
    public string? Shown { get; set; }

    public string? VolunteerId { get; set; }

    public List<long>? WaterBodyIds { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    /// <summary>Tokens of photos uploaded as they were picked (<c>PendingUploads</c>), claimed by the save; posted as "uploaded".</summary>
    public List<string>? Uploaded { get; set; }
}

public sealed class CheckOutInput
{
    /// <summary>The date and time the form was drawn with; see <see cref="PatrolRules.ReadTap"/>.</summary>
    public string? Shown { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    public string? Hazards { get; set; }

    public string? ChildrenDissuaded { get; set; }

    public long Version { get; set; }

    /// <summary>As <see cref="CheckInInput.Uploaded"/>.</summary>
    public List<string>? Uploaded { get; set; }
}

public sealed class RotaInput
{
    public string? WaterBodyId { get; set; }

    public string? VolunteerId { get; set; }

    public string? FromDate { get; set; }

    public string? ToDate { get; set; }
}

public sealed class IncidentInput
{
    /// <summary>The village where it happened, when no registered water body is named (API only; the page names a water body).</summary>
    public string? UnitId { get; set; }

    public string? Date { get; set; }

    public string? WaterBodyId { get; set; }

    public string? Place { get; set; }

    public string? Kind { get; set; }

    public string? MinorsInvolved { get; set; }

    public string? Rescued { get; set; }

    public string? Deaths { get; set; }

    public string? Outcome { get; set; }
}

/// <summary>A recorder's correction of a patrol: its times (China time) and findings.</summary>
public sealed class PatrolEditInput
{
    public string? StartDate { get; set; }

    public string? StartTime { get; set; }

    public string? EndDate { get; set; }

    public string? EndTime { get; set; }

    public string? Hazards { get; set; }

    public string? ChildrenDissuaded { get; set; }

    public long Version { get; set; }

    public static PatrolEditInput From(PatrolRow p)
    {
        var start = ChinaTime.ToLocal(p.StartUtc);
        var end = p.EndUtc is { } e ? ChinaTime.ToLocal(e) : (DateTime?)null;
        return new()
        {
            StartDate = DateText.Iso(DateOnly.FromDateTime(start)), StartTime = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            EndDate = end is { } d ? DateText.Iso(DateOnly.FromDateTime(d)) : null, EndTime = end?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Hazards = p.Hazards, ChildrenDissuaded = p.ChildrenDissuaded.ToString(System.Globalization.CultureInfo.InvariantCulture), Version = p.Version,
        };
    }
}

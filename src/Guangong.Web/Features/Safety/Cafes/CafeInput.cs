using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Safety.Cafes;

public sealed class CafeInput
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? LicenceNumber { get; set; }

    public string? OperatorName { get; set; }

    public string? OperatorPhone { get; set; }

    public string? UnitId { get; set; }

    /// <summary>"true" when open (a checkbox).</summary>
    public bool IsOpen { get; set; }

    public string? InspectionsPerMonth { get; set; } = "1";

    public List<long>? SupervisorIds { get; set; }

    public long Version { get; set; }

    public static CafeInput From(InternetCafe c) => new()
    {
        Name = c.Name,
        Address = c.Address,
        LicenceNumber = c.LicenceNumber,
        OperatorName = c.OperatorName,
        OperatorPhone = c.OperatorPhone,
        UnitId = c.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IsOpen = c.IsOpen,
        InspectionsPerMonth = c.InspectionsPerMonth.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SupervisorIds = c.Supervisors.Select(s => s.VolunteerId).ToList(),
        Version = c.Version,
    };
}

/// <summary>An inspection as the phone form and the API post it; counts and choices are text, checked with Chinese messages.</summary>
public sealed class InspectionInput
{
    public string? Date { get; set; }

    /// <summary>HH:mm, China time.</summary>
    public string? Time { get; set; }

    public string? VolunteerId { get; set; }

    public string? Hours { get; set; }

    public string? MinorsFound { get; set; }

    /// <summary>"是" / "否" (or true/false from the API).</summary>
    public string? SignPresent { get; set; }

    public string? IdChecksDone { get; set; }

    public string? Problems { get; set; }

    public string? FollowUpTo { get; set; }

    public string? FollowUpOutcome { get; set; }

    /// <summary>Tokens of photos uploaded as they were picked (<c>PendingUploads</c>), claimed by the save; posted as "uploaded".</summary>
    public List<string>? Uploaded { get; set; }
}

using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Activities;

public sealed record ActivityDto(
    long Id,
    string Title,
    string Category,
    string? Theme,
    string Status,
    string StatusName,
    DateOnly Date,
    string? StartTime,
    string? EndTime,
    string? Place,
    long UnitId,
    string UnitName,
    string? Partners,
    int YouthReached,
    string? YouthGroups,
    string? Summary,
    string? FourIn,
    string? Laws,
    long? PlanTaskId,
    long? VenueUnitId,
    IReadOnlyList<ServedLine> Served,
    IReadOnlyList<ActivityFileDto> Files,
    long Version)
{
    public static ActivityDto From(ActivityDetail d) => new(
        d.Activity.Id, d.Activity.Title, d.Activity.Category, d.Activity.Theme, d.Activity.Status.ToString(), EnumText.Of(d.Activity.Status), d.Activity.Date,
        d.Activity.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), d.Activity.EndTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        d.Activity.Place, d.Activity.UnitId, d.UnitName, d.Activity.Partners, d.Activity.YouthReached, d.Activity.YouthGroups, d.Activity.Summary,
        LegalEducation.Text(d.Activity.FourIn), d.Activity.LawsTaught,
        d.Activity.PlanTaskId, d.Activity.VenueUnitId, d.Served,
        d.Files.Select(f => new ActivityFileDto(f.Id, f.FileName, f.ContentType, f.SizeBytes, $"/activities/files/{f.Id}")).ToList(),
        d.Activity.Version);
}

public sealed record ActivityFileDto(long Id, string FileName, string ContentType, long SizeBytes, string Url);

/// <summary>What is saved now of an activity a command refused (the 409 answer's current value).</summary>
public sealed record ActivityStateDto(long Id, long Version, string Title)
{
    public static ActivityStateDto From(Activity a) => new(a.Id, a.Version, a.Title);
}

/// <summary>An activity found by its check-in code, and the signed-in volunteer's check-in there.</summary>
public sealed record CheckInDto(long ActivityId, string Title, DateOnly Date, string Unit, string Volunteer, DateTime? CheckedInUtc, decimal? CreditedHours)
{
    public static CheckInDto From(CheckIn.State s) => new(s.Activity.Id, s.Activity.Title, s.Activity.Date, s.UnitName, s.VolunteerName, s.CheckedInUtc, s.CreditedHours);
}

using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Activities;

/// <summary>An activity as typed on a phone, posted by the PC form or sent by the API: all text, checked by <see cref="ActivityRecords"/>.</summary>
public sealed class ActivityInput
{
    /// <summary>
    /// The new-activity form's one-time key (<see cref="Infrastructure.Commands.SubmitOnce"/>): 32 hex digits, set when the
    /// empty form is shown; a second send of the same form finds the first activity. Anything else is ignored.
    /// </summary>
    public string? SubmissionKey { get; set; }

    public string? Title { get; set; }

    public string? Category { get; set; }

    public string? Theme { get; set; }

    /// <summary>Completed, Planned or Draft.</summary>
    public string? Status { get; set; } = nameof(ActivityStatus.Completed);

    public string? Date { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Place { get; set; }

    public string? Partners { get; set; }

    public string? YouthReached { get; set; }

    public string? YouthGroups { get; set; }

    public string? Summary { get; set; }

    /// <summary>法治教育“四进”: 校园、村、社区、企业 (names or School/Village/Community/Enterprise), joined by 、 or commas.</summary>
    public string? FourIn { get; set; }

    /// <summary>The laws taught, from the list (未成年人保护法 … 其他), joined by 、 or commas.</summary>
    public string? Laws { get; set; }

    public string? UnitId { get; set; }

    public string? VenueUnitId { get; set; }

    public string? PlanTaskId { get; set; }

    /// <summary>Why the recorder enters the volunteers' hours for them (代录).</summary>
    public string? OnBehalfReason { get; set; } = "活动记录人统一登记";

    public List<ServedInput> Served { get; set; } = [];

    /// <summary>
    /// The volunteers the form listed. Hours of anyone not listed (someone who checked in by code while
    /// the form was open, a volunteer of another unit) are left as they stand. Null: the API's "served" is the whole list.
    /// </summary>
    public List<long>? Shown { get; set; }

    /// <summary>
    /// Tokens of files uploaded as they were picked (<see cref="PendingUploads"/>), claimed by the save;
    /// the page posts them as <c>uploaded</c>, the API as "uploaded".
    /// </summary>
    public List<string>? Uploaded { get; set; }

    /// <summary>Only a place for the messages about uploaded files; the files travel in the request.</summary>
    public string? Files { get; set; }

    public long Version { get; set; }

    public static ActivityInput From(Activity a) => new()
    {
        Title = a.Title,
        Category = a.Category,
        Theme = a.Theme,
        Status = a.Status == ActivityStatus.Draft ? nameof(ActivityStatus.Completed) : a.Status.ToString(),
        Date = Infrastructure.Time.DateText.Iso(a.Date),
        StartTime = a.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        EndTime = a.EndTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        Place = a.Place,
        Partners = a.Partners,
        YouthReached = a.YouthReached.ToString(System.Globalization.CultureInfo.InvariantCulture),
        YouthGroups = a.YouthGroups,
        Summary = a.Summary,
        FourIn = LegalEducation.Text(a.FourIn),
        Laws = a.LawsTaught,
        UnitId = a.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        VenueUnitId = a.VenueUnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PlanTaskId = a.PlanTaskId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Version = a.Version,
    };
}

/// <summary>A volunteer who served, and for how many hours.</summary>
public sealed class ServedInput
{
    public long VolunteerId { get; set; }

    public string? Hours { get; set; }
}

using System.Text.Json.Serialization;

namespace Guangong.Web.Features.Activities;

public sealed record ActivityRow(
    long Id,
    string Title,
    string Category,
    ActivityStatus Status,
    DateOnly Date,
    TimeOnly? StartTime,
    string? Place,
    string UnitName,
    long UnitId,
    int YouthReached,
    int VolunteerCount,
    int FileCount,
    [property: JsonIgnore] string UnitPath);

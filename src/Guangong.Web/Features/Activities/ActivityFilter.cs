using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Activities;

/// <summary>The activity list's query string, as text; shared by the list, the export, the calendar and the API.</summary>
public sealed record ActivityFilter(
    string? Q = null,
    string? Category = null,
    string? Unit = null,
    string? From = null,
    string? To = null,
    string? Volunteer = null,
    string? Task = null,
    string? Status = null)
{
    public long? UnitId => QueryValue.Long(Unit);

    public long? VolunteerId => QueryValue.Long(Volunteer);

    public long? TaskId => QueryValue.Long(Task);

    public DateOnly? FromDate => DateText.Parse(From);

    public DateOnly? ToDate => DateText.Parse(To);

    public ActivityStatus? StatusValue => EnumText.Parse<ActivityStatus>(Status);

    public string Describe() => string.Join("；", new[]
    {
        Q is { Length: > 0 } ? $"含“{Q}”" : null,
        Category is { Length: > 0 } ? $"类别={Category}" : null,
        FromDate is { } f ? $"自{ChinaTime.Date(f)}" : null,
        ToDate is { } t ? $"至{ChinaTime.Date(t)}" : null,
        StatusValue is { } s ? $"状态={EnumText.Of(s)}" : null,
    }.Where(s => s is not null)) is { Length: > 0 } d ? d : "全部";
}

using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Safety.Water;

public static class PatrolRules
{
    public const int MaxHours = 12;

    public const int MaxChildrenDissuaded = 200;

    /// <summary>A date and an HH:mm in China time, as UTC; null with a message when either is missing or malformed.</summary>
    public static DateTime? Read(string? date, string? time, DateOnly today, List<FieldError> errors)
    {
        var day = DateField.Read(date, DateKind.Event, today, "Date", errors, "请填写日期。");
        if (!TimeOnly.TryParseExact(time?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            errors.Add(new FieldError("Time", "请填写时间，如 09:30。"));
            return null;
        }

        return day is { } d ? ChinaTime.ToUtc(d.ToDateTime(t)) : null;
    }

    /// <summary>A patrol's hours as every timed service counts them (<see cref="Activities.ServiceSpan"/>).</summary>
    public static decimal Hours(DateTime startUtc, DateTime endUtc) => Activities.ServiceSpan.Hours(startUtc, endUtc);
}

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

    /// <summary>
    /// The moment a volunteer taps 签到 or 签退. The form comes with the date and time it was drawn (<paramref name="shown"/>,
    /// "yyyy-MM-dd HH:mm"); sent back unchanged they mean "now", so a page left open for the length of a patrol still signs
    /// off at the tap (it had refused the drawn time as no later than the check-in, or counted a 90-minute patrol as a few
    /// minutes). A changed date or time is read as typed: someone recording a patrol afterwards.
    /// </summary>
    public static DateTime? ReadTap(string? date, string? time, string? shown, DateTime nowUtc, DateOnly today, List<FieldError> errors) =>
        shown is { Length: > 0 } && shown == Shown(date, time)
            ? new DateTime(nowUtc.Ticks - (nowUtc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc)
            : Read(date, time, today, errors);

    /// <summary>A form's date and time as <see cref="ReadTap"/> compares them.</summary>
    public static string Shown(string? date, string? time) => $"{date?.Trim()} {time?.Trim()}";

    /// <summary>A patrol's hours as every timed service counts them (<see cref="Activities.ServiceSpan"/>).</summary>
    public static decimal Hours(DateTime startUtc, DateTime endUtc) => Activities.ServiceSpan.Hours(startUtc, endUtc);
}

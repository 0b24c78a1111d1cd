using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// When a volunteer may check in to an activity by its code, and which part of their time counts. With a start time,
/// from half an hour before it (people come early to set up); with an end time, not after it, and service after the
/// end is not counted. A planned activity had taken a check-in at midnight for an event at eight and counted the hours.
/// </summary>
public static class ActivityHours
{
    public static readonly TimeSpan EarlyCheckIn = TimeSpan.FromMinutes(30);

    public static string? RefusesCheckIn(Activity activity, DateTime nowUtc)
    {
        if (activity.Status == ActivityStatus.Draft)
        {
            return "该活动还没有正式登记，暂不能签到，请联系活动组织人。";
        }

        if (StartUtc(activity) is { } start && nowUtc < start - EarlyCheckIn)
        {
            return $"活动{activity.StartTime:HH\\:mm}开始，开始前半小时起可以签到。";
        }

        return EndUtc(activity) is { } end && nowUtc > end ? $"活动已于{activity.EndTime:HH\\:mm}结束，不能再签到。" : null;
    }

    public static string? RefusesCheckOut(Activity activity, DateTime nowUtc) =>
        StartUtc(activity) is { } start && nowUtc < start ? $"活动{activity.StartTime:HH\\:mm}才开始，开始后才能签退。" : null;

    /// <summary>The time served: from the check-in, or the start if checked in early, to now, or the end if later.</summary>
    public static (DateTime FromUtc, DateTime ToUtc) Served(Activity activity, DateTime checkInUtc, DateTime nowUtc)
    {
        var from = StartUtc(activity) is { } start && start > checkInUtc ? start : checkInUtc;
        var to = EndUtc(activity) is { } end && end < nowUtc ? end : nowUtc;
        return (from, to < from ? from : to);
    }

    private static DateTime? StartUtc(Activity a) => a.StartTime is { } t ? ChinaTime.ToUtc(a.Date.ToDateTime(t)) : null;

    private static DateTime? EndUtc(Activity a) => a.EndTime is { } t ? ChinaTime.ToUtc(a.Date.ToDateTime(t)) : null;
}

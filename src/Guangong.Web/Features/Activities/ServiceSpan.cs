namespace Guangong.Web.Features.Activities;

/// <summary>
/// The one rule for service timed by a check-in and a check-out (an activity's code, a water patrol): its length to the
/// nearest tenth of an hour, at least a tenth, at most a long day. The activity's check-out had rounded down to half hours
/// with half an hour at least and the patrol to tenths with nothing at least: a minute at an activity counted half an hour
/// while a three-minute patrol counted none and dropped out of the volunteer's record, after "服务时长已记入".
/// </summary>
public static class ServiceSpan
{
    public const decimal MaxHours = 12;

    public static decimal Hours(DateTime startUtc, DateTime endUtc) =>
        Math.Clamp(decimal.Round((decimal)(endUtc - startUtc).TotalHours, 1, MidpointRounding.AwayFromZero), 0.1m, MaxHours);
}

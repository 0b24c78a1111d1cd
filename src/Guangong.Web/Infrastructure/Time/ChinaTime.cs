using System.Globalization;

namespace Guangong.Web.Infrastructure.Time;

/// <summary>Times are stored in UTC and shown in Asia/Shanghai, written the Chinese way.</summary>
public static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static System.DateTime ToLocal(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static System.DateTime ToUtc(System.DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>2023年4月5日</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(System.DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{local.Year}年{local.Month}月{local.Day}日";
    }

    /// <summary>2023年4月5日 14:03</summary>
    public static string DateAndTime(System.DateTime utc)
    {
        var local = ToLocal(utc);
        return $"{local.Year}年{local.Month}月{local.Day}日 {local:HH:mm}";
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
}

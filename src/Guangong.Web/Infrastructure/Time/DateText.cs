using System.Globalization;
using System.Text.RegularExpressions;

namespace Guangong.Web.Infrastructure.Time;

/// <summary>
/// Reads a date the ways people type it: 2023-04-05, 2023/4/5, 2023.4.5, 2023年4月5日, or an Excel
/// serial day number. Anything else is not a date (the caller shows a Chinese message).
/// </summary>
public static partial class DateText
{
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var m = DatePattern().Match(t);
        if (m.Success
            && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out var mo)
            && int.TryParse(m.Groups[3].Value, CultureInfo.InvariantCulture, out var d)
            && y is >= 1900 and <= 2200 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
        {
            return new DateOnly(y, mo, d);
        }

        // Excel keeps dates as days since 1899-12-30.
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 120000)
        {
            return DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(serial)));
        }

        return DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;
    }

    /// <summary>For an &lt;input type="date"&gt; value.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+0{1,2}:0{2}(?::0{2})?)?$")]
    private static partial Regex DatePattern();
}

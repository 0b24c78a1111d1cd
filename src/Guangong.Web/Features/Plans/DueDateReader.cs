using System.Text.RegularExpressions;

namespace Guangong.Web.Features.Plans;

/// <summary>Turns a plan's way of saying a deadline (2023年底前, 暑期, 6月30日前, 第三季度) into the last day it allows.</summary>
public static partial class DueDateReader
{
    public static DateOnly? Read(string? text, int year)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var y = YearPattern().Match(t) is { Success: true } ym ? int.Parse(ym.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : year;
        if (MonthDayPattern().Match(t) is { Success: true } md)
        {
            var month = int.Parse(md.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(md.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        if (MonthPattern().Match(t) is { Success: true } m)
        {
            var month = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new DateOnly(y, month, DateTime.DaysInMonth(y, month)) : null;
        }

        if (t.Contains("第一季度", StringComparison.Ordinal)) return new DateOnly(y, 3, 31);
        if (t.Contains("第二季度", StringComparison.Ordinal) || t.Contains("上半年", StringComparison.Ordinal)) return new DateOnly(y, 6, 30);
        if (t.Contains("第三季度", StringComparison.Ordinal)) return new DateOnly(y, 9, 30);
        if (t.Contains("暑期", StringComparison.Ordinal) || t.Contains("暑假", StringComparison.Ordinal)) return new DateOnly(y, 8, 31);
        if (t.Contains("寒假", StringComparison.Ordinal)) return new DateOnly(y, 2, DateTime.DaysInMonth(y, 2));
        if (t.Contains("清明", StringComparison.Ordinal)) return new DateOnly(y, 4, 10);
        if (t.Contains("六一", StringComparison.Ordinal)) return new DateOnly(y, 6, 1);
        if (t.Contains("十、一", StringComparison.Ordinal) || t.Contains("国庆", StringComparison.Ordinal)) return new DateOnly(y, 10, 7);
        if (t.Contains("年底", StringComparison.Ordinal) || t.Contains("年末", StringComparison.Ordinal) || t.Contains("年内", StringComparison.Ordinal)
            || t.Contains("全年", StringComparison.Ordinal) || t.Contains("今年", StringComparison.Ordinal) || t.Contains("第四季度", StringComparison.Ordinal)
            || t.Contains("下半年", StringComparison.Ordinal) || YearPattern().IsMatch(t))
        {
            return new DateOnly(y, 12, 31);
        }

        return null;
    }

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(\d{1,2})月(\d{1,2})日")]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"(\d{1,2})月(?:底|份|下旬|末)")]
    private static partial Regex MonthPattern();
}

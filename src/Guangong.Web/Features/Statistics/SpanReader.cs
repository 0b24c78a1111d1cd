using System.Globalization;
using System.Text.RegularExpressions;

namespace Guangong.Web.Features.Statistics;

/// <summary>Reads a range of months from query text: 2026, 2026-03, 2026/3, 202603, 2026年3月.</summary>
public static partial class SpanReader
{
    public static (MonthSpan? Span, string? Error) Read(string? from, string? to, int defaultYear)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return (MonthSpan.Year(defaultYear), null);
        }

        var start = Month(from, first: true);
        var end = Month(to, first: false);
        if (!string.IsNullOrWhiteSpace(from) && start is null)
        {
            return (null, "起始月份无效，请写成 2026-03 或 2026。");
        }

        if (!string.IsNullOrWhiteSpace(to) && end is null)
        {
            return (null, "截止月份无效，请写成 2026-12 或 2026。");
        }

        start ??= (end!.Value / 100 * 100) + 1;
        end ??= (start.Value / 100 * 100) + 12;
        if (end < start)
        {
            return (null, "截止月份早于起始月份。");
        }

        return end / 100 - start / 100 > 10 ? (null, "一次最多查询十年。") : (new MonthSpan(start.Value, end.Value), null);
    }

    private static int? Month(string? text, bool first)
    {
        var m = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : first ? 1 : 12;
        return year is >= 2000 and <= 2100 && month is >= 1 and <= 12 ? (year * 100) + month : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?:[-/.]|年)?(?<m>\d{1,2})月?)?$")]
    private static partial Regex Pattern();
}

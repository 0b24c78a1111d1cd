using System.Globalization;
using System.Text.RegularExpressions;

namespace Guangong.Web.Infrastructure.Time;

/// <summary>
/// Reads a date the ways people write it: 2023-04-05, 2023/4/5, 2023.4.5 or 2023年4月5日, and
/// nothing else. A bare 2023 or a number typed into a form is not a date (it once became
/// 1905-07-15 as an Excel serial); only a spreadsheet cell may carry a serial
/// (<see cref="FromExcelSerial"/>). Whether a date makes sense for its meaning is
/// <see cref="DateField"/>'s question.
/// </summary>
public static partial class DateText
{
    /// <summary>A date as people write it, in the years a filter or a form can mean (1900–2200).</summary>
    public static DateOnly? Parse(string? text) => ParseAnyYear(text) is { Year: >= 1900 and <= 2200 } date ? date : null;

    /// <summary>The same formats in any year, so that a validator can say "out of range" rather than "not a date".</summary>
    public static DateOnly? ParseAnyYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var m = DatePattern().Match(text.Trim());
        return m.Success
            && int.TryParse(m.Groups["y"].Value, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var mo)
            && int.TryParse(m.Groups["d"].Value, CultureInfo.InvariantCulture, out var d)
            && y is >= 1 and <= 9999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
                ? new DateOnly(y, mo, d)
                : null;
    }

    /// <summary>A date-formatted spreadsheet cell read as a number: days since 1899-12-30 (Excel's epoch).</summary>
    public static DateOnly? FromExcelSerial(double serial) =>
        serial is > 1 and < 120000 ? DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(serial))) : null;

    /// <summary>For an &lt;input type="date"&gt; value.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    // One separator throughout (-, / or .), or 年/月/日; an optional midnight time, as a spreadsheet shows a date cell.
    [GeneratedRegex(@"^(?:(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})|(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日)(?:\s+0{1,2}:0{2}(?::0{2})?)?$")]
    private static partial Regex DatePattern();
}

using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>Reads the signature date of a 公文: "2023年4月5日" or "二〇二三年四月五日".</summary>
internal static partial class ChineseDateParser
{
    [GeneratedRegex(@"^(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日$")]
    private static partial Regex DateLine();

    /// <summary>Returns the date when the whole line is a date, otherwise null.</summary>
    public static DateOnly? ParseDateLine(string line)
    {
        var match = DateLine().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }
        var year = ChineseNumerals.ParseDigitSequence(match.Groups["y"].Value);
        var month = ChineseNumerals.Parse(match.Groups["m"].Value);
        var day = ChineseNumerals.Parse(match.Groups["d"].Value);
        if (year is null or < 1900 or > 2200 || month is null or < 1 or > 12 || day is null or < 1)
        {
            return null;
        }
        if (day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }
        return new DateOnly(year.Value, month.Value, day.Value);
    }
}

using System.Globalization;

namespace Guangong.Documents.Official.Layout;

/// <summary>Dates as official documents write them: Arabic digits, no padding ("2023年4月5日").</summary>
internal static class ChineseDate
{
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}

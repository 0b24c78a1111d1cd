using System.Globalization;
using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Reads the figures a summary reports: "举办讲座12场，受教育学生3000余人次" →
/// (举办讲座, 12, 场), (受教育学生, 3000, 人次, approximate). The indicator is the clause before the number.
/// Dates, years, percentages of growth and "第五本" are not figures.
/// </summary>
public static partial class SummaryFigureReader
{
    private const string Units = "人次|万人次|人|名|位|户|家|个|所|场次|场|次|期|篇|份|册|本|套|件|幅|条|项|批|支|处|堂|节|课时|小时|天|万元|元|间|台|平方米|所次|村|社区";

    [GeneratedRegex(@"(?<pre>近|约|超过|逾|达|共|累计|共计)?(?<n>\d+(?:\.\d+)?)(?<wan>万)?(?<approx>余|多)?(?<unit>" + Units + @"|%|％)(?<post>左右|以上)?")]
    private static partial Regex Figure();

    // The indicator is the words right before the number, back to the last clause mark.
    private static readonly char[] ClauseMarks = ['，', '。', '；', '、', '：', ',', ';', ':', '！', '？', '\n', '（', '('];

    [GeneratedRegex(@"^(?:全年|今年|一年来|其中|同时|并|共|累计|先后|全镇|全乡|全街道|此外|另外|还)+")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:共计|共|累计|达到|达|近|约|超过|逾|总计|合计)+$")]
    private static partial Regex TrailingFiller();

    public static List<SummaryFigure> Read(string? text)
    {
        var figures = new List<SummaryFigure>();
        if (string.IsNullOrEmpty(text))
        {
            return figures;
        }
        foreach (Match match in Figure().Matches(text))
        {
            if (IsPartOfDateOrWord(text, match))
            {
                continue;
            }
            var start = text.LastIndexOfAny(ClauseMarks, Math.Max(0, match.Index - 1)) + 1;
            var indicator = text[start..match.Index].Trim();
            indicator = TrailingFiller().Replace(LeadingFiller().Replace(indicator, string.Empty), string.Empty).Trim();
            if (indicator.Length is < 2 or > 30)
            {
                continue;
            }
            var number = decimal.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["wan"].Success && !match.Groups["unit"].Value.StartsWith('万'))
            {
                number *= 10_000;
            }
            var approximate = match.Groups["approx"].Success || match.Groups["post"].Success
                || match.Groups["pre"].Value is "近" or "约" or "超过" or "逾"
                || text[start..match.Index].EndsWith('近') || text[start..match.Index].EndsWith('约');
            figures.Add(new SummaryFigure(indicator, number, match.Groups["unit"].Value, approximate, SentenceAround(text, match.Index)));
        }
        return figures;
    }

    private static bool IsPartOfDateOrWord(string text, Match match)
    {
        var end = match.Index + match.Length;
        var before = match.Index > 0 ? text[match.Index - 1] : ' ';
        // "2023年" is not matched (年 is no unit); "第5期" is an ordinal; "3.5" after a digit is a date part.
        return before == '第' || char.IsAsciiDigit(before) || before == '.'
            || end < text.Length && text[end] is '年' or '月' or '日' or '号' or '岁' or '周';
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['。', '；', '\n'], Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(['。', '；', '\n'], index);
        return text[start..(end < 0 ? text.Length : end + 1)].Trim();
    }
}

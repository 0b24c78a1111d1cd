using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// How often a plan item recurs, as plans write it (每季度召开一次, 每周一次, 月统计和通报, 按月, 月度,
/// 一年两次), named one way: 每周, 每月, 每季度, 每半年, 每学期, 每年, 每年两次. A frequency is kept apart
/// from deadlines, and the count that belongs to it ("召开一次") is not a target.
/// </summary>
internal static partial class FrequencyReader
{
    /// <summary>One frequency found: where it is written and its name.</summary>
    public readonly record struct Found(int Index, int Length, string Name);

    // Longer forms first: "每年开展两次" before "每年", "每季度" before "每季".
    [GeneratedRegex(@"(?<yearly>(?:每|一)年[\u4E00-\u9FFF“”""]{0,6}?(?<times>[一两二三四1-4])次)|(?<year>每年(?:度)?)|(?<half>每半年|半年一次)|(?<term>每(?:个)?学期)|(?<quarter>每(?:个)?季度?|按季度?|一季一次)|(?<week>每(?:个)?(?:周|星期)|按周|一周一次)|(?<day>每(?:天|日))|(?<month>每(?:个)?月|按月|月度|一月一次|(?<![\d〇零一二三四五六七八九十上中下本当同次半每])月(?=统计|通报|报送|考核|评比|排名|例会|小结))")]
    private static partial Regex Pattern();

    public static IReadOnlyList<Found> Read(string? text)
    {
        var found = new List<Found>();
        foreach (Match m in Pattern().Matches(text ?? string.Empty))
        {
            found.Add(new Found(m.Index, m.Length, Name(m)));
        }

        return found;
    }

    private static string Name(Match m) =>
        m.Groups["yearly"].Success ? m.Groups["times"].Value is "一" or "1" ? "每年" : "每年" + Times(m.Groups["times"].Value) + "次"
        : m.Groups["year"].Success ? "每年"
        : m.Groups["half"].Success ? "每半年"
        : m.Groups["term"].Success ? "每学期"
        : m.Groups["quarter"].Success ? "每季度"
        : m.Groups["week"].Success ? "每周"
        : m.Groups["day"].Success ? "每天"
        : "每月";

    private static string Times(string n) => n switch
    {
        "二" or "2" or "两" => "两",
        "3" => "三",
        "4" => "四",
        _ => n,
    };
}

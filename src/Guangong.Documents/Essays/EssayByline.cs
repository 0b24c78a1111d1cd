using System.Text.RegularExpressions;

namespace Guangong.Documents.Essays;

/// <summary>
/// The byline under an essay's title, e.g. "焦溪小学 三(2)班 张三", "郑陆初级中学初二（3）班 李四",
/// "指导老师：王芳". Grades are normalised to "三年级" / "初二" / "高一", classes to a number.
/// </summary>
public sealed partial record EssayByline(string? School, string? Grade, int? ClassNumber, string? Author, string? Adviser)
{
    public static readonly EssayByline Empty = new(null, null, null, null, null);

    /// <summary>Reads a byline line; null when the line does not look like one.</summary>
    public static EssayByline? TryRead(string line)
    {
        var text = Normalise(line);
        var adviser = AdviserPattern().Match(text);
        string? adviserName = null;
        if (adviser.Success)
        {
            adviserName = adviser.Groups["name"].Value.Trim();
            text = text.Remove(adviser.Index, adviser.Length).Trim();
            if (text.Length == 0)
            {
                return Empty with { Adviser = adviserName };
            }
        }

        var m = Student().Match(text);
        if (!m.Success)
        {
            return adviserName is null ? null : Empty with { Adviser = adviserName };
        }

        var school = m.Groups["school"].Value.Trim();
        var grade = GradeText(m.Groups["grade"].Value);
        var cls = int.TryParse(m.Groups["class"].Value, out var c) ? c : (int?)null;
        var name = m.Groups["name"].Value.Trim();
        return new EssayByline(school.Length == 0 ? null : school, grade, cls, name.Length == 0 ? null : name, adviserName);
    }

    /// <summary>The grade as printed on a certificate: "三年级", "初二", "高一".</summary>
    public static string? GradeText(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var g = raw.Trim().Replace("年级", string.Empty, StringComparison.Ordinal);
        if (g.StartsWith('初') || g.StartsWith('高'))
        {
            return g;
        }

        return g.Length == 1 && "一二三四五六".Contains(g, StringComparison.Ordinal) ? g + "年级" : g.Length == 1 && char.IsAsciiDigit(g[0]) && g[0] is >= '1' and <= '6' ? "一二三四五六"[g[0] - '1'] + "年级" : raw.Trim();
    }

    /// <summary>A class as the lists write it, "2班", however it was typed ("(2)班", "（2）班", "2"); other text stays as typed.</summary>
    public static string? ClassText(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null
        : TypedClass().Match(Normalise(raw)) is { Success: true } m && int.TryParse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? $"{n}班"
        : raw.Trim();

    [GeneratedRegex(@"^\(?\s*(?<n>[0-9]{1,2})\s*\)?\s*班?$")]
    private static partial Regex TypedClass();

    private static string Normalise(string line) =>
        line.Replace('（', '(').Replace('）', ')').Replace('：', ':').Replace('\u3000', ' ').Trim();

    [GeneratedRegex(@"(?:指导(?:老师|教师|五老)|辅导(?:老师|员))\s*[:]?\s*(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,6})")]
    private static partial Regex AdviserPattern();

    [GeneratedRegex(@"^(?:作者\s*[:]?\s*)?(?<school>[\p{IsCJKUnifiedIdeographs}]{2,20}?(?:小学|中学|学校|初中|高中|中心校))?\s*(?<grade>[一二三四五六1-6]年级|[一二三四五六1-6]|初[一二三]|高[一二三])\s*\(?\s*(?<class>\d{1,2})\s*\)?\s*班\s*(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,6})?$")]
    private static partial Regex Student();
}

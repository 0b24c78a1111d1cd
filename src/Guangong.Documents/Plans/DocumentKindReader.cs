using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Tells promises (计划/意见/要点/方案) from results (总结/汇报/事迹材料) and rules (制度/办法/细则/标准),
/// by the title first and, when the title does not say, by how the text is written.
/// </summary>
internal static partial class DocumentKindReader
{
    // The last document word of the title decides: "…工作计划执行情况的报告" is a report.
    [GeneratedRegex(@"(?<kind>计划|意见|要点|方案|安排|打算|规划|思路|任务|总结|汇报|事迹|材料|报告|情况|回顾|制度|办法|细则|标准|规定|章程|规则|职责|条例|公约|守则|通知)")]
    private static partial Regex KindWord();

    // Results are written in the past: what was done, how many, what it achieved.
    [GeneratedRegex(@"一年来|过去的一年|开展了|举办了|组织了|取得了|圆满完成|累计|共计|共开展|共举办|受益|成效明显|主要做法|存在的问题|不足之处")]
    private static partial Regex ResultCue();

    // Promises look ahead.
    [GeneratedRegex(@"将要|要求|力争|争取|计划于|年内|年底前|着力|进一步|持续|确保")]
    private static partial Regex PromiseCue();

    public static PlanDocumentKind Read(string? title, IReadOnlyList<PlanSection> sections, string? preamble)
    {
        if (!string.IsNullOrEmpty(title) && KindFromTitle(title) is { } fromTitle)
        {
            return fromTitle;
        }

        if (sections.Any(s => s.Number.StartsWith('第') || s.Items.Any(i => i.Number.EndsWith('条'))))
        {
            return PlanDocumentKind.Rules;
        }
        var text = string.Join("\n", new[] { preamble ?? string.Empty }
            .Concat(sections.Select(s => s.Heading + s.Text))
            .Concat(sections.SelectMany(s => s.Items).Select(i => i.Text)));
        var results = ResultCue().Matches(text).Count;
        var promises = PromiseCue().Matches(text).Count;
        if (results == 0 && promises == 0)
        {
            return PlanDocumentKind.Unknown;
        }
        return results > promises ? PlanDocumentKind.Summary : PlanDocumentKind.Plan;
    }

    private static PlanDocumentKind? KindFromTitle(string title)
    {
        // "2023年工作总结和2024年工作打算" reports first: it is a summary with a plan appended.
        if (title.Contains("总结", StringComparison.Ordinal) || title.Contains("事迹", StringComparison.Ordinal))
        {
            return PlanDocumentKind.Summary;
        }
        var words = KindWord().Matches(title);
        if (words.Count == 0)
        {
            return null;
        }
        return words[^1].Groups["kind"].Value switch
        {
            "总结" or "汇报" or "事迹" or "材料" or "报告" or "情况" or "回顾" => PlanDocumentKind.Summary,
            "制度" or "办法" or "细则" or "标准" or "规定" or "章程" or "规则" or "职责" or "条例" or "公约" or "守则" => PlanDocumentKind.Rules,
            "通知" => PlanDocumentKind.Notice,
            _ => PlanDocumentKind.Plan,
        };
    }
}

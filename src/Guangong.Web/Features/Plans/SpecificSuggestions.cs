namespace Guangong.Web.Features.Plans;

/// <summary>
/// Which of a freshly read plan's suggestions are ticked before the officer looks: the specific ones. A
/// deadline that reads as a date (2023年底前, 6月底前, 2024年6月30日前, 第三季度), never a season or a span
/// (暑期, 全年, 国庆期间) nor a word that only says "this year" as every task of the year's plan does (今年, 年内);
/// a target with a count (不少于12次, 3场, 出刊一本), not an ordinal (第五本 says which book, not how many); every frequency (每季度);
/// an owner that names one unit of the town's tree as it is named (郑陆法庭, 焦溪村关工委), never a group (各村,
/// 民企关工委), a bare word for a kind of unit (妇联, 司法所) nor a name the tree does not hold.
/// </summary>
public static class SpecificSuggestions
{
    private static readonly string[] Vague = ["全年", "今年", "年内", "暑期", "暑假", "寒假", "期间", "适时", "长期", "常态化", "定期", "每"];

    private static readonly string[] GroupKinds = ["村", "社区", "嘎查", "学校", "小学", "中学", "幼儿园", "企业", "民企", "民营企业", "基层", "各级"];

    public static bool IsSpecificDeadline(string due, int year) =>
        !Vague.Any(v => due.Contains(v, StringComparison.Ordinal)) && DueDateReader.Read(due, year) is not null;

    public static bool IsSpecificTarget(string target) =>
        !target.StartsWith('第') && target.Any(c => char.IsAsciiDigit(c) || "一二两三四五六七八九十百千".Contains(c, StringComparison.Ordinal));

    /// <summary>True when the owner names one unit: the plan's own (镇关工委) or exactly one below it.</summary>
    public static bool NamesOneUnit(string owner, OwnerMatcher.Candidate self, IReadOnlyList<OwnerMatcher.Candidate> below)
    {
        var o = owner.Trim();
        var kind = o.EndsWith("关工委", StringComparison.Ordinal) ? o[..^3] : o;
        if (o.StartsWith('各') || o.IndexOfAny(['、', '，', ',']) >= 0 || GroupKinds.Contains(kind))
        {
            return false;
        }

        // Named as the unit is named (郑陆法庭 → 郑陆法庭关爱工作站, 焦溪村关工委), not by a bare word a sentence may only
        // mention: "纳入企业工会、共青团、妇联等群团组织管理" names no owner, so 妇联 is left to the officer.
        return OwnerMatcher.Match(o, self, below) is [var unit] && (unit == self || unit.Name.StartsWith(kind, StringComparison.Ordinal));
    }
}

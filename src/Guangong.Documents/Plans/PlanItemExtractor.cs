using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Suggests deadlines, quantified targets, responsible units and programs for a plan item,
/// from keyword tables. The officer confirms them on import, so recall matters more than precision.
/// </summary>
public static partial class PlanItemExtractor
{
    // Longer forms come first so "2023年底前" wins over "年底前" at the same place.
    [GeneratedRegex(@"\d{4}\s*年\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|底|末|年底)(?:前|之前|以前|底前|底)?|\d{1,2}\s*月\s*\d{1,2}\s*日(?:前|之前|以前)?|\d{1,2}\s*月(?:底|份|上旬|中旬|下旬)(?:前|之前)?|第[一二三四]季度|[上下]半年|年底前|年底|年末|年内|全年|今年|暑期|暑假|寒假|寒暑假|每月|每季度|每学期|每年|每周|十、一期间|国庆期间|春节期间|清明(?:节)?期间|六一(?:儿童节)?期间")]
    private static partial Regex DeadlinePattern();

    private const string CountUnits = "本|个|次|期|场|篇|名|人次|人|所|家|处|支|批|项|份|册|堂|节|课时|小时|户|万元|元";

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:本|个|次|期|场|篇|名|人次|人|所|家|处|支|批|项|份|册|堂|节|课时|小时|户|万元|元|%|％)|百分之百|(?:出刊|出版|编印|印发|创建|建成|建立|举办|开展|组织|培训|完成|发展|新建|新增|撰写|征集|评选|表彰|召开|达到|不少于|至少|争创|打造|推荐)[一二三四五六七八九十百千万两]+(?:余|多)?(?:" + CountUnits + @")|第[一二三四五六七八九十\d]+(?:本|期|届|批|次)|全覆盖|全面覆盖|零犯罪|[市区省]优")]
    private static partial Regex TargetPattern();

    // "各村、社区、学校关工委" keeps its list; "乌审召镇关工委" is the town committee.
    [GeneratedRegex(@"各(?:[村镇级基层社区学校嘎查企业单位（）()、，,]|民营企业|民企){1,30}?关工委|(?:(?:镇|村|社区|学校|嘎查|企业)[、，,])*(?:镇|村|社区|学校|嘎查|民企|民营企业|企业|基层)关工委")]
    private static partial Regex CommitteePattern();

    /// <param name="placeName">The town's name (郑陆), so "郑陆法庭" is suggested rather than a bare "法庭".</param>
    public static PlanItem CreateItem(string number, string text, string? placeName = null)
    {
        text ??= string.Empty;
        return new PlanItem(number, text, ExtractDeadlines(text), ExtractTargets(text), ExtractOwners(text, placeName), ExtractPrograms(text));
    }

    public static IReadOnlyList<string> ExtractDeadlines(string text) =>
        Distinct(DeadlinePattern().Matches(text ?? string.Empty).Select(m => RemoveSpaces(m.Value)));

    public static IReadOnlyList<string> ExtractTargets(string text) =>
        Distinct(TargetPattern().Matches(WithoutQuotes(text)).Select(m => RemoveSpaces(m.Value)));

    public static IReadOnlyList<string> ExtractOwners(string text, string? placeName = null)
    {
        var plain = WithoutQuotes(text);
        var owners = CommitteePattern().Matches(plain).Select(m => NormaliseCommittee(m.Value)).ToList();
        foreach (var unit in OwnerKeywords.Units.Where(unit => plain.Contains(unit, StringComparison.Ordinal)))
        {
            var local = placeName + unit;
            owners.Add(!string.IsNullOrEmpty(placeName) && plain.Contains(local, StringComparison.Ordinal) ? local : unit);
        }
        // "新时代文明实践站" also contains "文明实践站": keep the longer name only.
        return Distinct(owners.Where(o => !owners.Any(other => other.Length > o.Length && other.EndsWith(o, StringComparison.Ordinal) && OwnerKeywords.Units.Contains(o))));
    }

    public static IReadOnlyList<string> ExtractPrograms(string text)
    {
        var plain = WithoutQuotes(text);
        return ProgramKeywords.Table
            .Where(entry => entry.Keywords.Any(keyword => plain.Contains(WithoutQuotes(keyword), StringComparison.Ordinal)))
            .Select(entry => entry.Program)
            .ToList();
    }

    private static string NormaliseCommittee(string value) =>
        value.StartsWith("各", StringComparison.Ordinal) ? value.TrimEnd('、', '，', ',') : value;

    private static string WithoutQuotes(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => c is not ('“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」')));

    private static string RemoveSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}

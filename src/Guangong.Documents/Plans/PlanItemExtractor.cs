using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Suggests deadlines, quantified targets, responsible units and programs for a plan item,
/// from keyword tables. The officer confirms them on import, so recall matters more than precision.
/// </summary>
public static partial class PlanItemExtractor
{
    // Longer forms come first so "2023年底前" wins over "年底前" at the same place.
    [GeneratedRegex(@"\d{4}\s*年\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|底|末|年底)(?:前|之前|以前|底前|底)?|\d{1,2}\s*月\s*\d{1,2}\s*日(?:前|之前|以前)?|\d{1,2}\s*月(?:底|份|上旬|中旬|下旬)(?:前|之前)?|第[一二三四]季度|[上下]半年|年底前|年底|年末|年内|全年|今年|暑期|暑假|寒假|寒暑假|十、一期间|国庆期间|春节期间|清明(?:节)?期间|六一(?:儿童节)?期间")]
    private static partial Regex DeadlinePattern();

    private const string CountUnits = "本|个|次|期|场|篇|名|人次|人|所|家|处|支|批|项|份|册|堂|节|课时|小时|户|万元|元";

    // A count keeps the words that make it a measure: "不少于12次", "覆盖率100%".
    [GeneratedRegex(@"(?:不少于|不低于|至少|超过|达到|[\u4E00-\u9FFF]{1,2}率(?:达到?)?)?\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:本|个|次|期|场|篇|名|人次|人|所|家|处|支|批|项|份|册|堂|节|课时|小时|户|万元|元|%|％)(?:以上)?|百分之百|(?:出刊|出版|编印|印发|创建|建成|建立|举办|开展|组织|培训|完成|发展|新建|新增|撰写|征集|评选|表彰|召开|达到|不少于|至少|争创|打造|推荐)[一二三四五六七八九十百千万两]+(?:余|多)?(?:" + CountUnits + @")|第[一二三四五六七八九十\d]+(?:本|期|届|批|次)|全覆盖|全面覆盖|零犯罪|[市区省]优")]
    private static partial Regex TargetPattern();

    // "各村、社区、学校关工委" keeps its list; "乌审召镇关工委" is the town committee.
    [GeneratedRegex(@"各(?:[村镇级基层社区学校嘎查企业单位（）()、，,]|民营企业|民企){1,30}?关工委|(?:(?:镇|村|社区|学校|嘎查|企业)[、，,])*(?:镇|村|社区|初级中学|中心小学|中心校|小学|中学|学校|幼儿园|嘎查|民企|民营企业|企业|基层)关工委")]
    private static partial Regex CommitteePattern();

    // What a committee's name cannot contain: the verbs and words around it ("指导焦溪村关工委", "一是镇关工委").
    [GeneratedRegex(@"[一二三四五六七八九十]是|推进|加强|指导|督促|组织|完善|发挥|健全|建立|支持|推动|协调|要求|帮助|依托|联合|会同|配合|协同|负责|牵头|全镇|全体|基层|所有|各级|结合|以及|充分|通过|鼓励|引导|动员|深化|规范|提升|落实|强化|扎实|做好|确保|积极|开展|调整|配强|配齐|充实|选好|抓好|用好|建好|办好|成立|组建|创建|打造|各")]
    private static partial Regex NotInAName();

    /// <param name="placeName">The town's name (郑陆), so "郑陆法庭" is suggested rather than a bare "法庭".</param>
    public static PlanItem CreateItem(string number, string text, string? placeName = null)
    {
        text ??= string.Empty;
        return new PlanItem(number, text, ExtractDeadlines(text), ExtractTargets(text), ExtractOwners(text, placeName), ExtractPrograms(text))
        {
            Frequencies = ExtractFrequencies(text),
        };
    }

    /// <summary>Deadlines as written (2023年底前, 6月30日前, 暑期); a frequency (每季度) is not one.</summary>
    public static IReadOnlyList<string> ExtractDeadlines(string text) =>
        Distinct(DeadlinePattern().Matches(text ?? string.Empty).Select(m => RemoveSpaces(m.Value)));

    /// <summary>How often the item recurs, named one way: 每周, 每月, 每季度, 每学期, 每年, 每年两次.</summary>
    public static IReadOnlyList<string> ExtractFrequencies(string text) =>
        Distinct(FrequencyReader.Read(text).Select(f => f.Name));

    /// <summary>
    /// Counts with their measure (不少于12次, 覆盖率100%, 3场, 出刊一本). The count of a frequency ("每季度召开一次",
    /// "每年开展两次") belongs to the frequency: a count of 次 or 期 after one in the same clause is no target.
    /// </summary>
    public static IReadOnlyList<string> ExtractTargets(string text)
    {
        var plain = WithoutQuotes(text);
        var frequencies = FrequencyReader.Read(plain);
        return Distinct(TargetPattern().Matches(plain)
            .Where(m => !(IsRecurringCount(m.Value) && frequencies.Any(f => f.Index >= ClauseStart(plain, m.Index) && f.Index < m.Index + m.Length)))
            .Select(m => RemoveSpaces(m.Value)));
    }

    public static IReadOnlyList<string> ExtractOwners(string text, string? placeName = null)
    {
        var plain = WithoutQuotes(text);
        var owners = CommitteePattern().Matches(plain).Select(m => (m.Index, Name: NamedCommittee(plain, m))).ToList();
        foreach (var unit in OwnerKeywords.Units.Where(unit => plain.Contains(unit, StringComparison.Ordinal)))
        {
            var local = placeName + unit;
            var shared = string.IsNullOrEmpty(placeName) ? -1 : SharedPlaceIndex(plain, unit, placeName);
            var (index, named) = !string.IsNullOrEmpty(placeName) && plain.Contains(local, StringComparison.Ordinal) ? (plain.IndexOf(local, StringComparison.Ordinal), local)
                : shared >= 0 ? (shared, local)
                : (plain.IndexOf(unit, StringComparison.Ordinal), unit);
            owners.Add((index, named));
        }
        // "新时代文明实践站" also contains "文明实践站", "焦溪中心校关工委" "中心校": keep the longer name only. In the text's order.
        return Distinct(owners.OrderBy(o => o.Index).Select(o => o.Name)
            .Where(o => !owners.Any(other => other.Name.Length > o.Length && other.Name.Contains(o, StringComparison.Ordinal) && OwnerKeywords.Units.Contains(o))));
    }

    /// <summary>
    /// Where a member unit is named by the place written before the first unit of its list: in "郑陆法庭、司法所、派出所"
    /// 郑陆 names all three. The index of that occurrence, or -1.
    /// </summary>
    private static int SharedPlaceIndex(string text, string unit, string placeName)
    {
        for (var at = text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = text.IndexOf(unit, at + unit.Length, StringComparison.Ordinal))
        {
            var start = at;
            while (start > 0 && text[start - 1] == '、')
            {
                var before = start - 1;
                var previous = OwnerKeywords.Units.FirstOrDefault(u => before >= u.Length && text.AsSpan(before - u.Length, u.Length).SequenceEqual(u));
                if (previous is null)
                {
                    break;
                }

                start = before - previous.Length;
                if (start >= placeName.Length && text.AsSpan(start - placeName.Length, placeName.Length).SequenceEqual(placeName))
                {
                    return at;
                }
            }
        }

        return -1;
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

    /// <summary>
    /// "焦溪村关工委", not "村关工委": a single committee keeps the name written before it, cut after any word a name
    /// cannot hold ("指导焦溪村" gives 焦溪村). A list ("镇、村关工委"), "各…" or a bare kind stays as written.
    /// </summary>
    private static string NamedCommittee(string text, Match committee)
    {
        var value = NormaliseCommittee(committee.Value);
        if (value.StartsWith("各", StringComparison.Ordinal) || value.IndexOfAny(['、', '，', ',']) >= 0
            || value is "基层关工委" or "民企关工委" or "民营企业关工委" or "企业关工委")
        {
            return value;
        }

        var start = committee.Index;
        while (start > 0 && IsHan(text[start - 1]))
        {
            start--;
        }

        var run = text[start..committee.Index];
        var cut = NotInAName().Matches(run).Select(m => m.Index + m.Length).DefaultIfEmpty(0).Max();
        var name = run[cut..];
        var delimited = cut > 0 || (start > 0 && text[start - 1] == '、');
        // A name begins after a preposition (由焦溪, 请巴音温都尔), unless that leaves one character (和平, 同心).
        if (name.Length > 2 && "由与和及请同对在经把将向以让要并为是的等".Contains(name[0], StringComparison.Ordinal))
        {
            (name, delimited) = (name[1..], true);
        }

        // Undelimited, a longer run is likelier a phrase ("调整配强村关工委") than a name: village names are short.
        return name.Length >= 2 && name.Length <= (delimited ? 8 : 3) ? name + value : value;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsRecurringCount(string target) =>
        (target.EndsWith('次') || target.EndsWith('期')) && !target.StartsWith("不少于", StringComparison.Ordinal)
        && !target.StartsWith("至少", StringComparison.Ordinal) && !target.StartsWith("不低于", StringComparison.Ordinal);

    private static int ClauseStart(string text, int index) => text.LastIndexOfAny(['，', '。', '；', ';', ',', '\n', '：'], Math.Max(0, index - 1)) + 1;

    private static string WithoutQuotes(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => c is not ('“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」')));

    private static string RemoveSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}

using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Reads the committee roster: "主    任：宝音图（党委副书记）", continuation lines holding only a name,
/// inline "主任:张三;副主任:李四、王五", and "姓名：职务" lists inside an appendix.
/// </summary>
internal static class RosterParser
{
    // Longest first, so 副主任 is not read as 主任.
    private static readonly string[] KnownRoles =
    [
        "常务副主任", "办公室主任", "执行主任", "名誉主任", "副秘书长", "名誉顾问", "专职干事", "兼职干事",
        "副主任", "秘书长", "副组长", "联络员", "通讯员", "主任", "顾问", "组长", "成员", "委员", "干事",
    ];

    // Roles are padded for alignment ("主    任", "副 主 任"), so any whitespace may sit between characters.
    private static readonly Regex RoleLabel = new(
        @"(?:^|(?<=[;；,，、\s]))(?<role>" + string.Join("|", KnownRoles.Select(PaddedPattern)) + @")\s*[:：]",
        RegexOptions.Compiled);

    private static readonly string[] NotNameParts =
        ["关工委", "村", "社区", "学校", "单位", "部门", "各", "等", "负责", "书记", "主任", "局", "所长", "工作", "名单", "成员"];

    private const int MaxNameLength = 10;

    /// <summary>An appendix this many lines past its last roster line holds no more roster.</summary>
    private const int MaxIgnoredInARow = 40;

    /// <summary>True when the line is made of "role：names" segments only.</summary>
    public static bool IsRosterLine(string line) => TryParseRoleLine(line, out _, out _);

    /// <summary>Parses "主任：张三（党委副书记）" or "主任:张三;副主任:李四、王五".</summary>
    public static bool TryParseRoleLine(string line, out List<RosterMember> members, out string lastRole)
    {
        members = [];
        lastRole = string.Empty;
        if (line.Length == 0 || line.Length > 300 || line.Contains('。'))
        {
            return false;
        }
        var labels = RoleLabel.Matches(line);
        if (labels.Count == 0 || labels[0].Index != 0)
        {
            return false;
        }
        for (var i = 0; i < labels.Count; i++)
        {
            var role = RemoveSpaces(labels[i].Groups["role"].Value);
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
            var names = ParseNames(line[start..end].Trim().Trim(';', '；', ',', '，', '、').Trim());
            if (names is null || names.Count == 0)
            {
                return false;
            }
            members.AddRange(names.Select(n => new RosterMember(role, n.Name, n.Post)));
            lastRole = role;
        }
        return true;
    }

    /// <summary>Parses a continuation line that holds only names ("郝和平（“五老”人员）", "塔  娜").</summary>
    public static bool TryParseNamesOnly(string line, string role, out List<RosterMember> members)
    {
        members = [];
        if (line.Contains('：') || line.Contains(':') || line.Contains('。'))
        {
            return false;
        }
        var names = ParseNames(line);
        if (names is null || names.Count == 0)
        {
            return false;
        }
        members = names.Select(n => new RosterMember(role, n.Name, n.Post)).ToList();
        return true;
    }

    /// <summary>Parses "张三：党委副书记"; a committee role on the right becomes the role.</summary>
    public static bool TryParseNamePost(string line, out RosterMember? member)
    {
        member = null;
        var colon = line.IndexOfAny(['：', ':']);
        if (colon <= 0 || line.Contains('。'))
        {
            return false;
        }
        var name = RemoveSpaces(line[..colon]);
        var post = line[(colon + 1)..].Trim();
        if (!IsPlausibleName(name) || name.Length > 6 || post.Length is 0 or > 40)
        {
            return false;
        }
        var role = "成员";
        var withoutCommittee = post.StartsWith("关工委", StringComparison.Ordinal) ? post[3..] : post;
        foreach (var known in KnownRoles)
        {
            if (withoutCommittee.StartsWith(known, StringComparison.Ordinal))
            {
                role = known;
                post = withoutCommittee[known.Length..].Trim().TrimStart('、', '，', ',', '（', '(').TrimEnd('）', ')').Trim();
                break;
            }
        }
        member = new RosterMember(role, name, post);
        return true;
    }

    /// <summary>Parses a table row exported as "主任  宝音图  党委副书记" (cells separated by tabs or wide spaces).</summary>
    public static bool TryParseTableRow(string line, out RosterMember? member)
    {
        member = null;
        var cells = Regex.Split(line, @"\t+|\s{2,}").Select(cell => cell.Trim()).Where(cell => cell.Length > 0).ToList();
        if (cells.Count == 1)
        {
            // Tabs read as single spaces: "主任 韦成林 镇党委副书记".
            cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        if (cells.Count is < 2 or > 3 || !KnownRoles.Contains(cells[0]))
        {
            return false;
        }
        var name = RemoveSpaces(cells[1]);
        if (!IsPlausibleName(name))
        {
            return false;
        }
        member = new RosterMember(cells[0], name, cells.Count == 3 ? cells[2] : string.Empty);
        return true;
    }

    /// <summary>Reads an appendix; returns the members and how many content lines were not roster lines.</summary>
    public static (List<RosterMember> Members, int IgnoredLines) ParseAppendix(IEnumerable<string> lines)
    {
        var members = new List<RosterMember>();
        var ignored = 0;
        var ignoredInARow = 0;
        string? currentRole = null;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (ignoredInARow >= MaxIgnoredInARow)
            {
                // Pages of prose after the roster: no roster line will follow, only count them.
                ignored++;
                continue;
            }
            if (line.StartsWith("附件", StringComparison.Ordinal))
            {
                continue;
            }
            var before = ignored;
            if (TryParseRoleLine(line, out var found, out var lastRole))
            {
                members.AddRange(found);
                currentRole = lastRole;
            }
            else if (currentRole is not null && TryParseNamesOnly(line, currentRole, out var continued))
            {
                members.AddRange(continued);
            }
            else if (TryParseNamePost(line, out var member) && member is not null)
            {
                members.Add(member);
            }
            else if (TryParseTableRow(line, out var row) && row is not null)
            {
                members.Add(row);
            }
            else if (!IsAppendixHeading(line))
            {
                ignored++;
            }
            ignoredInARow = ignored > before ? ignoredInARow + 1 : 0;
        }
        return (members, ignored);
    }

    private static bool IsAppendixHeading(string line) =>
        line.StartsWith("附件", StringComparison.Ordinal)
        || (line.Length <= 30 && !line.Contains('。') && (line.Contains("名单") || line.Contains("成员") || line.Contains("组成") || line.Contains("领导小组")));

    private static List<(string Name, string Post)>? ParseNames(string text)
    {
        var result = new List<(string Name, string Post)>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOfAny(['（', '('], position);
            string namesPart;
            var post = string.Empty;
            if (open < 0)
            {
                namesPart = text[position..];
                position = text.Length;
            }
            else
            {
                var close = text.IndexOfAny(['）', ')'], open + 1);
                namesPart = text[position..open];
                post = close < 0 ? text[(open + 1)..] : text[(open + 1)..close];
                position = close < 0 ? text.Length : close + 1;
            }
            var names = SplitNames(namesPart);
            if (names is null)
            {
                return null;
            }
            if (names.Count == 0)
            {
                if (post.Trim().Length > 0)
                {
                    return null;
                }
                continue;
            }
            for (var i = 0; i < names.Count; i++)
            {
                result.Add((names[i], i == names.Count - 1 ? post.Trim() : string.Empty));
            }
        }
        return result;
    }

    /// <summary>
    /// Splits a run of names. Single characters separated by spaces are one padded name ("李  林" → "李林").
    /// </summary>
    private static List<string>? SplitNames(string part)
    {
        var names = new List<string>();
        foreach (var piece in part.Split(['、', '，', ',', ';', '；', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = piece.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var pending = string.Empty;
            foreach (var token in tokens)
            {
                if (token.Length == 1)
                {
                    pending += token;
                    // A padded name is two characters ("许  强"); a third single character starts the next name.
                    if (pending.Length == 2)
                    {
                        names.Add(pending);
                        pending = string.Empty;
                    }
                    continue;
                }
                if (pending.Length > 0)
                {
                    names.Add(pending);
                    pending = string.Empty;
                }
                names.Add(token);
            }
            if (pending.Length > 0)
            {
                names.Add(pending);
            }
        }
        return names.All(IsPlausibleName) ? names : null;
    }

    private static bool IsPlausibleName(string name) =>
        name.Length is >= 2 and <= MaxNameLength
        && name.All(c => IsCjk(c) || c is '·' or '•' || char.IsAsciiLetter(c))
        && !NotNameParts.Any(part => name.Contains(part, StringComparison.Ordinal));

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static string RemoveSpaces(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string PaddedPattern(string role) =>
        string.Join(@"\s*", role.Select(c => Regex.Escape(c.ToString())));
}

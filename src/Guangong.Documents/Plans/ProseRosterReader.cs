using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Reads a roster written as a sentence: "由乡党委副书记王建国同志任主任，李明、张华同志任副主任，各村书记任成员"
/// or "成立以镇长刘强为组长，副镇长陈伟、派出所所长赵刚为副组长的工作领导小组". Each person gets the role,
/// the name and the post written before the name; groups ("各村书记") are not people and are left out.
/// </summary>
internal static partial class ProseRosterReader
{
    private const string Roles = "常务副主任|常务副组长|执行主任|名誉主任|副秘书长|秘书长|副主任|副组长|主任|组长|顾问|联络员|成员|委员|干事";

    // "<people>(同志)?(任|担任|为)<role>" followed by a clause boundary or 的 (…为副组长的领导小组).
    [GeneratedRegex(@"(?<people>[^，。；：:,;！？\s]{2,80}?)(?:同志)?(?:兼任|担任|任|为)(?<role>" + Roles + @")(?=[，。；、,;的\s]|$)")]
    private static partial Regex Appointment();

    // Posts end with one of these; what follows the post is the name.
    [GeneratedRegex(@"(?:副书记|书记|副主任|主任|副镇长|镇长|副乡长|乡长|副主席|主席|校长|园长|院长|所长|庭长|站长|局长|部长|会长|队长|社长|经理|干事|委员|主任科员|科员|老师|教师|老干部|老党员|老战士|老专家|老模范|退休干部|退休教师|支书|专干|馆长|主管|负责人)")]
    private static partial Regex PostEnding();

    // A cheap look for an appointment before the costlier pattern runs on the sentence.
    [GeneratedRegex(@"(?:任|为)(?:" + Roles + ")")]
    private static partial Regex AppointmentWord();

    /// <summary>A roster sentence is short; longer runs are prose that only mentions a role.</summary>
    private const int MaxSentence = 400;

    [GeneratedRegex(@"^(?:由|以|成立以|请|邀请|聘请|确定|明确)")]
    private static partial Regex LeadingVerb();

    public static List<RosterMember> Read(IEnumerable<string> lines)
    {
        var members = new List<RosterMember>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || !AppointmentWord().IsMatch(line))
            {
                continue;
            }
            foreach (var sentence in line.Split('。', '；', ';'))
            {
                if (sentence.Length <= MaxSentence && AppointmentWord().IsMatch(sentence))
                {
                    ReadSentence(sentence, members);
                }
            }
        }
        return members;
    }

    private static void ReadSentence(string sentence, List<RosterMember> members)
    {
        foreach (Match match in Appointment().Matches(sentence))
        {
            var role = match.Groups["role"].Value;
            foreach (var person in match.Groups["people"].Value.Split('、'))
            {
                if (ReadPerson(person) is { } found)
                {
                    members.Add(new RosterMember(role, found.Name, found.Post));
                }
            }
        }
    }

    /// <summary>"乡党委副书记王建国同志" → (王建国, 乡党委副书记); null for groups and for words that are not names.</summary>
    private static (string Name, string Post)? ReadPerson(string text)
    {
        text = LeadingVerb().Replace(text.Trim(), string.Empty);
        // The clause may begin before the roster: keep what follows the last 以 or 由.
        var cut = Math.Max(text.LastIndexOf('以'), text.LastIndexOf('由'));
        if (cut >= 0)
        {
            text = text[(cut + 1)..];
        }
        if (text.EndsWith("同志", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        var post = string.Empty;
        var name = text;
        var ending = PostEnding().Matches(text).LastOrDefault();
        if (ending is not null)
        {
            post = text[..(ending.Index + ending.Length)];
            name = text[(ending.Index + ending.Length)..];
        }
        if (text.StartsWith('各') || text.Contains("全体", StringComparison.Ordinal) || text.Contains("负责同志", StringComparison.Ordinal))
        {
            return null;
        }
        var maxLength = post.Length > 0 ? 4 : 6;
        if (name.Length < 2 || name.Length > maxLength || !name.All(IsCjkOrDot) || name.Contains("同志", StringComparison.Ordinal))
        {
            return null;
        }
        return (name, post);
    }

    private static bool IsCjkOrDot(char c) => c is >= '\u4E00' and <= '\u9FFF' or '·';
}

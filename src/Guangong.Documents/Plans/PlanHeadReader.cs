using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Reads the title and, for a plan issued with a cover notice ("…关于印发…的通知"),
/// the issuer and date from the notice's signature; the plan's own title follows the notice.
/// </summary>
internal static partial class PlanHeadReader
{
    private const int MaxTitleLength = 60;
    private const int TitleSearchLines = 4;
    private const int NoticeSearchLines = 20;

    [GeneratedRegex(@"(?:计划|意见|要点|方案|安排|打算|规划|总结|通知|办法|细则|思路|通报|报告|规定|章程|规则|制度|职责|条例|公约|任务|标准|守则|汇报|材料|情况|名单)\s*(?:[（(][^）)]{1,8}[）)])?$")]
    private static partial Regex DocumentTypeEnding();

    [GeneratedRegex(@"(?:委员会|人民政府|政府|关工委|党委|办公室|街道|文件)$")]
    private static partial Regex OrganisationEnding();

    [GeneratedRegex(@"《(?<t>[^》]{2,80})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"(?:印发|转发|下发)(?<t>.{2,80}?)的通知$")]
    private static partial Regex NoticeSubject();

    public static bool EndsWithDocumentType(string line) => DocumentTypeEnding().IsMatch(line);

    public static PlanHead Read(IReadOnlyList<string> lines)
    {
        var first = NextContent(lines, 0);
        if (first < 0)
        {
            return new PlanHead(null, null, null, lines.Count);
        }

        string? issuer = null;
        var titleLine = FindTitle(lines, first, ref issuer);
        if (titleLine is null)
        {
            return new PlanHead(null, issuer, null, first);
        }
        var (title, afterTitle) = titleLine.Value;
        if (!IsCoverNotice(title))
        {
            return new PlanHead(title, issuer, null, afterTitle);
        }
        return ReadCoverNotice(lines, title, afterTitle, issuer) with { CoverNotice = true };
    }

    private static PlanHead ReadCoverNotice(IReadOnlyList<string> lines, string notice, int afterNotice, string? issuer)
    {
        var aboutIndex = notice.IndexOf("关于", StringComparison.Ordinal);
        if (aboutIndex > 0)
        {
            issuer ??= notice[..aboutIndex].Trim();
        }
        var planTitle = InnerTitle(notice, lines, afterNotice);

        var searchEnd = Math.Min(lines.Count, afterNotice + NoticeSearchLines);
        for (var i = afterNotice; i < searchEnd; i++)
        {
            if (NumberingMarker.Match(lines[i]) is not null)
            {
                break;
            }
            var date = ChineseDateParser.ParseDateLine(lines[i]);
            if (date is null)
            {
                continue;
            }
            var signer = PreviousContent(lines, i, afterNotice);
            if (signer >= 0 && IsSignatureLine(lines[signer]))
            {
                issuer ??= lines[signer];
            }
            var next = NextContent(lines, i + 1);
            if (next >= 0 && TryReadTitleAt(lines, next) is { } realTitle)
            {
                return new PlanHead(realTitle.Title, issuer, date, realTitle.Next);
            }
            return new PlanHead(planTitle ?? notice, issuer, date, next < 0 ? lines.Count : next);
        }

        // No signature: skip ahead to the plan's own title if it is repeated below the notice.
        if (planTitle is not null)
        {
            for (var i = afterNotice; i < searchEnd; i++)
            {
                if (lines[i] == planTitle)
                {
                    return new PlanHead(planTitle, issuer, null, i + 1);
                }
            }
        }
        return new PlanHead(planTitle ?? notice, issuer, null, afterNotice);
    }

    private static string? InnerTitle(string notice, IReadOnlyList<string> lines, int afterNotice)
    {
        var inNotice = BookTitle().Match(notice);
        if (inNotice.Success)
        {
            return inNotice.Groups["t"].Value;
        }
        var subject = NoticeSubject().Match(notice);
        if (subject.Success)
        {
            return subject.Groups["t"].Value.Trim();
        }
        var searchEnd = Math.Min(lines.Count, afterNotice + 5);
        for (var i = afterNotice; i < searchEnd; i++)
        {
            var inBody = BookTitle().Match(lines[i]);
            if (inBody.Success)
            {
                return inBody.Groups["t"].Value;
            }
        }
        return null;
    }

    private static bool IsCoverNotice(string title) =>
        title.EndsWith("通知", StringComparison.Ordinal)
        && (title.Contains("印发", StringComparison.Ordinal) || title.Contains("转发", StringComparison.Ordinal) || title.Contains("下发", StringComparison.Ordinal));

    /// <summary>
    /// Looks at the first few lines for the title. A line ending in 计划/意见/… wins;
    /// an organisation name above it (红头) becomes the issuer.
    /// </summary>
    private static (string Title, int Next)? FindTitle(IReadOnlyList<string> lines, int first, ref string? issuer)
    {
        var index = first;
        for (var seen = 0; seen < TitleSearchLines && index >= 0; seen++)
        {
            var candidate = TryReadTitleAt(lines, index);
            if (candidate is null)
            {
                break;
            }
            if (EndsWithDocumentType(candidate.Value.Title))
            {
                for (var i = first; i < index; i++)
                {
                    if (lines[i].Length > 0 && OrganisationEnding().IsMatch(lines[i]))
                    {
                        issuer ??= lines[i];
                    }
                }
                return candidate;
            }
            index = NextContent(lines, candidate.Value.Next);
        }
        // No line names the document type: a short first line standing alone is still a title.
        var fallback = TryReadTitleAt(lines, first);
        if (fallback is { } found && found.Title.Length <= 40 && !found.Title.Contains('，') && !found.Title.Contains(',')
            && (found.Next >= lines.Count || lines[found.Next].Length == 0))
        {
            return found;
        }
        return null;
    }

    /// <summary>Reads a title at the line, joining a title that was broken over two lines.</summary>
    private static (string Title, int Next)? TryReadTitleAt(IReadOnlyList<string> lines, int index)
    {
        var line = lines[index];
        if (!CouldBeTitle(line))
        {
            return null;
        }
        if (EndsWithDocumentType(line))
        {
            return (line, index + 1);
        }
        // An organisation line (红头) directly above the title is not the title's first half.
        if (index + 1 < lines.Count && CouldBeTitle(lines[index + 1]) && lines[index + 1].Length <= 30
            && !OrganisationEnding().IsMatch(line))
        {
            var joined = line + lines[index + 1];
            if (EndsWithDocumentType(joined) && joined.Length <= MaxTitleLength)
            {
                return (joined, index + 2);
            }
        }
        return (line, index + 1);
    }

    private static bool CouldBeTitle(string line) =>
        line.Length is > 0 and <= MaxTitleLength
        && !line.Contains('。')
        && !SentenceText.EndsSentence(line)
        && NumberingMarker.Match(line) is null
        && !NumberingMarker.StartsEnumeration(line)
        && ChineseDateParser.ParseDateLine(line) is null
        && !RosterParser.IsRosterLine(line);

    private static bool IsSignatureLine(string line) =>
        line.Length <= 30 && !line.Contains('，') && !line.Contains('。') && NumberingMarker.Match(line) is null;

    private static int NextContent(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static int PreviousContent(IReadOnlyList<string> lines, int before, int notBefore)
    {
        for (var i = before - 1; i >= notBefore; i--)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }
        return -1;
    }
}

using System.Text;

namespace Guangong.Documents.Plans;

/// <summary>Punctuation rules for Chinese prose, accepting ASCII punctuation typed in its place.</summary>
internal static class SentenceText
{
    private const string SentenceEnds = "。；：！？;:!?";
    private const string ClosingMarks = "”’」』）)》\"'";

    /// <summary>True when the line ends a sentence (。；：！？, possibly followed by a closing quote).</summary>
    public static bool EndsSentence(string line)
    {
        var end = line.AsSpan().TrimEnd();
        if (end.Length == 0)
        {
            return false;
        }
        var last = end[^1];
        var before = end.Length > 1 ? end[^2] : ' ';
        // 。” ends a sentence, but a bare “…” or （…） does not.
        if (ClosingMarks.Contains(last))
        {
            last = before;
            before = end.Length > 2 ? end[^3] : ' ';
        }
        // An ASCII full stop after a digit is more likely "1." than the end of a sentence.
        if (last == '.')
        {
            return !char.IsAsciiDigit(before);
        }
        return SentenceEnds.Contains(last);
    }

    /// <summary>
    /// Splits "政治引领。坚持…" into a heading and the body that ran into it on the same line.
    /// A colon only splits when what precedes it is short enough to be a heading.
    /// </summary>
    public static (string Heading, string Body) SplitHeading(string text)
    {
        const int MaxColonHeading = 20;
        const int MaxSpaceHeading = 30;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isStop = c is '。' or '！' or '？' or '；' or '!' or '?' or ';';
            var isColon = (c is '：' or ':') && i <= MaxColonHeading;
            if (isStop || isColon)
            {
                return (text[..i].Trim(), text[(i + 1)..].Trim());
            }
            // Text whose line breaks were lost keeps a space where the heading ended: "加强组织建设 全年新吸纳…".
            if (c is ' ' or '\u3000' && i >= 2 && i <= MaxSpaceHeading && i + 1 < text.Length && text[i + 1] is not (' ' or '\u3000'))
            {
                return (text[..i].Trim(), text[(i + 1)..].Trim());
            }
        }
        return (text.TrimEnd('，', ',', '、', ' ').Trim(), string.Empty);
    }

    /// <summary>Joins a hard-wrapped line to the previous one; Latin words keep a space between them.</summary>
    public static void AppendWrapped(StringBuilder previous, string next)
    {
        if (previous.Length > 0 && next.Length > 0 && char.IsAsciiLetterOrDigit(previous[^1]) && char.IsAsciiLetterOrDigit(next[0]))
        {
            previous.Append(' ');
        }
        previous.Append(next);
    }
}

using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Text whose line breaks were lost (copied from a web page or a document-sharing site): the plan in
/// one or a few long lines. Breaks go back in before numbering marks that run in sequence: 一、二、三、
/// for sections, and inside each section （一）（二）… or 1．2．… counting from 1 again. A mark that
/// does not continue a sequence stays in its sentence, so "一是", "一、二年级", "第一", dates and
/// amounts ("2023.5", "3.5万元") are never split.
/// </summary>
internal static partial class FlattenedTextSplitter
{
    /// <summary>Longer than any heading or item a plan writes on one line when its breaks are intact.</summary>
    private const int LongLine = 400;

    /// <summary>A shorter line is split only when every mark of its sequence follows the end of a sentence.</summary>
    private const int MediumLine = 100;

    public const string Warning = "原文缺少换行，已按编号顺序恢复章节和条目";

    // "第一、" and "十一、" inside a word are not marks: the lookbehind keeps a numeral from starting mid-number.
    [GeneratedRegex(@"(?<![一二三四五六七八九十第])(?<n>[一二三四五六七八九十]{1,3})、")]
    private static partial Regex SectionMark();

    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十]{1,3})章")]
    private static partial Regex ChapterMark();

    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十]{1,3})节")]
    private static partial Regex SubchapterMark();

    [GeneratedRegex(@"第(?<n>[一二三四五六七八九十]{1,3})条")]
    private static partial Regex ArticleMark();

    [GeneratedRegex(@"[（(](?<n>[一二三四五六七八九十]{1,3})[）)]")]
    private static partial Regex ParenChineseMark();

    // A dot only when no digit follows ("3.5万元"), and never right after a digit or a dot ("2023.5").
    [GeneratedRegex(@"(?<![0-9.．])(?<n>[0-9]{1,2})(?:[．.](?![0-9])|、)")]
    private static partial Regex ArabicMark();

    // A title glued to what follows ends with the kind of document it is.
    [GeneratedRegex(@"^(?<title>[^，。；！？：:\s、]{4,60}(?:意见|计划|要点|方案|安排|打算|思路|规划|总结|汇报|材料|通知|办法|制度|细则|规则|标准|规定|章程))(?=.{20})")]
    private static partial Regex GluedTitle();

    public static List<string> Split(List<string> lines, List<string> warnings)
    {
        if (!lines.Exists(l => l.Length > MediumLine))
        {
            return lines;
        }

        var result = new List<string>(lines.Count);
        var changed = false;
        foreach (var line in lines)
        {
            var parts = line.Length > LongLine || line.Length > MediumLine && HasCleanSectionSequence(line) ? SplitLine(line) : [line];
            changed |= parts.Count > 1;
            result.AddRange(parts);
        }

        if (changed)
        {
            warnings.Add(Warning);
        }

        return changed ? result : lines;
    }

    /// <summary>Splits one line of running text, whatever its length (page chunks joined back together).</summary>
    public static List<string> SplitRunningText(string line, List<string> warnings)
    {
        var parts = SplitLine(line);
        if (parts.Count > 1)
        {
            warnings.Add(Warning);
        }
        return parts;
    }

    /// <summary>The document's title when it is glued to the text that follows it.</summary>
    public static (string Title, string Remainder)? TakeGluedTitle(string text) =>
        GluedTitle().Match(text) is { Success: true } title
            ? (title.Groups["title"].Value, text[title.Length..].Trim())
            : null;

    /// <summary>Two or more section marks 一、二、… in sequence, each after a finished sentence or a space.</summary>
    private static bool HasCleanSectionSequence(string line)
    {
        var sections = Sequence(line, SectionMark(), 0, line.Length);
        if (sections.Count < 2)
        {
            sections = Sequence(line, ArticleMark(), 0, line.Length);
        }
        return sections.Count >= 2 && sections.All(index => index == 0 || EndsSentence(line, index));
    }

    /// <summary>Rules on one line: breaks before 第一章, 第一节 and 第一条 when the articles run in sequence.</summary>
    private static List<string>? SplitArticles(string line)
    {
        var articles = Sequence(line, ArticleMark(), 0, line.Length);
        if (articles.Count < 2)
        {
            return null;
        }
        var chapters = Sequence(line, ChapterMark(), 0, line.Length);
        var breaks = articles.Concat(chapters.Count >= 2 ? chapters : []).ToList();
        // 第一节 counts from 1 again in each chapter: any 第X节 between a chapter mark and its first article.
        for (var match = SubchapterMark().Match(line); match.Success; match = match.NextMatch())
        {
            if (EndsSentence(line, match.Index) || chapters.Any(c => line.AsSpan(c, match.Index - c).IndexOfAny('。', '；') < 0 && c < match.Index))
            {
                breaks.Add(match.Index);
            }
        }
        breaks = breaks.Distinct().Order().ToList();
        var parts = new List<string>();
        var head = line[..breaks[0]].Trim();
        if (head.Length > 0)
        {
            if (TakeGluedTitle(head + new string(' ', 20)) is { } glued)
            {
                parts.Add(glued.Title);
                head = head[glued.Title.Length..].Trim();
            }
            if (head.Length > 0)
            {
                parts.Add(head);
            }
        }
        for (var i = 0; i < breaks.Count; i++)
        {
            parts.Add(line[breaks[i]..(i + 1 < breaks.Count ? breaks[i + 1] : line.Length)].Trim());
        }
        return parts;
    }

    private static List<string> SplitLine(string line)
    {
        var sections = Sequence(line, SectionMark(), 0, line.Length);
        if (sections.Count < 2)
        {
            return SplitArticles(line) ?? SplitItems(line, 0, line.Length);
        }

        var parts = new List<string>();
        var head = line[..sections[0]].Trim();
        if (head.Length > 0)
        {
            if (GluedTitle().Match(head) is { Success: true } title)
            {
                parts.Add(title.Groups["title"].Value);
                head = head[title.Length..].Trim();
            }

            if (head.Length > 0)
            {
                parts.Add(head);
            }
        }

        for (var i = 0; i < sections.Count; i++)
        {
            parts.AddRange(SplitItems(line, sections[i], i + 1 < sections.Count ? sections[i + 1] : line.Length));
        }

        return parts;
    }

    /// <summary>One section's text, broken before its items when they are numbered in sequence.</summary>
    private static List<string> SplitItems(string line, int start, int end)
    {
        // The section's own mark must not count as its first item.
        var from = start + (SectionMark().Match(line, start) is { Success: true } m && m.Index == start ? m.Length : 0);
        var items = Sequence(line, ParenChineseMark(), from, end);
        if (items.Count < 2)
        {
            items = Sequence(line, ArabicMark(), from, end);
        }

        if (items.Count < 2)
        {
            return [line[start..end].Trim()];
        }

        var parts = new List<string>();
        var heading = line[start..items[0]].Trim();
        if (heading.Length > 0)
        {
            parts.Add(heading);
        }

        for (var i = 0; i < items.Count; i++)
        {
            parts.Add(line[items[i]..(i + 1 < items.Count ? items[i + 1] : end)].Trim());
        }

        return parts;
    }

    /// <summary>
    /// Where the marks 1, 2, 3 … of one kind stand, in order: for each number the first mark after the
    /// previous one that follows the end of a sentence, else the first at all.
    /// </summary>
    private static List<int> Sequence(string line, Regex mark, int start, int end)
    {
        var candidates = new List<(int Index, int Value)>();
        for (var match = mark.Match(line, start); match.Success && match.Index < end; match = match.NextMatch())
        {
            var n = match.Groups["n"].Value;
            var value = char.IsAsciiDigit(n[0]) ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumerals.Parse(n) ?? 0;
            if (value > 0)
            {
                candidates.Add((match.Index, value));
            }
        }

        var positions = new List<int>();
        var after = start - 1;
        for (var expected = 1; ; expected++)
        {
            var next = candidates.Where(c => c.Value == expected && c.Index > after).ToList();
            if (next.Count == 0)
            {
                break;
            }

            var chosen = next.FirstOrDefault(c => c.Index == start || EndsSentence(line, c.Index), next[0]);
            positions.Add(chosen.Index);
            after = chosen.Index;
        }

        return positions;
    }

    private static bool EndsSentence(string line, int index) =>
        index > 0 && line[index - 1] is '。' or '；' or '！' or '？' or '”' or '"' or ' ' or '\u3000' or '：' or ':' or ';';
}

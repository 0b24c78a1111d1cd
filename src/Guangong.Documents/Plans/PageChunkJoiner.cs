namespace Guangong.Documents.Plans;

/// <summary>
/// Text copied from a document-sharing site: each page's text is one line that starts with a page
/// counter "1、", "2、", … and the document's title is glued to the first page. The counters are not
/// items: they are removed, the pages are joined (a page often ends in mid-sentence) and the running
/// text is split again by its own numbering.
/// </summary>
internal static class PageChunkJoiner
{
    public const string Warning = "原文按页编号（1、2、…），已去掉页号并接续各页文字";

    /// <summary>A page of a plan is longer than this; items numbered 1、2、 are usually shorter.</summary>
    private const int MinPageLength = 80;

    public static List<string> Join(List<string> lines, List<string> warnings)
    {
        var chunks = FindChunks(lines);
        if (chunks is null)
        {
            return lines;
        }

        var pages = new List<string>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var end = i + 1 < chunks.Count ? chunks[i + 1] : lines.Count;
            var first = lines[chunks[i]];
            var counter = first.IndexOf('、', StringComparison.Ordinal);
            var page = string.Concat(new[] { first[(counter + 1)..].Trim() }.Concat(lines.Skip(chunks[i] + 1).Take(end - chunks[i] - 1)));
            pages.Add(page);
        }

        var text = string.Concat(pages);
        var result = lines.Take(chunks[0]).ToList();
        if (FlattenedTextSplitter.TakeGluedTitle(text) is { } glued && !glued.Remainder.StartsWith('、'))
        {
            result.Add(glued.Title);
            result.Add(string.Empty);
            text = glued.Remainder;
        }

        warnings.Add(Warning);
        result.AddRange(FlattenedTextSplitter.SplitRunningText(text, []));
        return result;
    }

    /// <summary>The line indexes of the counters 1、2、3、…, or null when the text is not cut in pages.</summary>
    private static List<int>? FindChunks(List<string> lines)
    {
        var first = lines.FindIndex(line => line.Length > 0);
        if (first < 0 || Counter(lines[first]) != 1)
        {
            return null;
        }

        var chunks = new List<int> { first };
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (Counter(lines[i]) == chunks.Count + 1)
            {
                chunks.Add(i);
            }
        }
        if (chunks.Count < 2)
        {
            return null;
        }

        // Every page but the last is long; and either the title is glued to page 1 or a page stops in mid-sentence.
        for (var i = 0; i + 1 < chunks.Count; i++)
        {
            if (lines[chunks[i]].Length < MinPageLength)
            {
                return null;
            }
        }
        var rest = lines[first][(lines[first].IndexOf('、', StringComparison.Ordinal) + 1)..];
        var gluedTitle = FlattenedTextSplitter.TakeGluedTitle(rest) is { Remainder.Length: > 0 };
        var cutMidSentence = chunks.Skip(1).Any(c => PreviousContent(lines, c) is { } previous && !SentenceText.EndsSentence(previous));
        return gluedTitle || cutMidSentence ? chunks : null;
    }

    private static int? Counter(string line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits >= line.Length || line[digits] != '、')
        {
            return null;
        }
        return int.Parse(line.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? PreviousContent(List<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Length > 0)
            {
                return lines[i];
            }
        }
        return null;
    }
}

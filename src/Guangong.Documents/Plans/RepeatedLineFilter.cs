using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Removes page headers, page numbers and web-site boilerplate that a conversion repeats in mid-text.
/// A plan never states the same short line twice, so a short line seen twice is layout, not content.
/// </summary>
internal static partial class RepeatedLineFilter
{
    private const int MaxBoilerplateLength = 40;

    [GeneratedRegex(@"^(?:[-—–_\s]*\d{1,3}[-—–_\s]*|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|[-—–_=*·.…\s]{3,})$")]
    private static partial Regex PageNumberOrRule();

    public static List<string> Filter(List<string> lines, List<string> warnings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (IsCandidate(line))
            {
                counts[line] = counts.GetValueOrDefault(line) + 1;
            }
        }

        // Layout repeats a line once per page; when repeats make up most of the text, they are the content.
        var contentLines = lines.Count(line => line.Length > 0);
        var repeatedLines = counts.Values.Where(count => count >= 2).Sum();
        if (repeatedLines * 2 > contentLines)
        {
            counts.Clear();
        }

        var firstContentIndex = lines.FindIndex(line => line.Length > 0);
        var result = new List<string>(lines.Count);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var droppedPageNumbers = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && PageNumberOrRule().IsMatch(line))
            {
                droppedPageNumbers++;
                continue;
            }
            if (counts.GetValueOrDefault(line) >= 2)
            {
                // A page header often repeats the title: keep it where it opens the document.
                if (i == firstContentIndex && PlanHeadReader.EndsWithDocumentType(line))
                {
                    result.Add(line);
                    continue;
                }
                if (reported.Add(line))
                {
                    warnings.Add($"已删除重复出现的页眉或网页信息：“{line}”");
                }
                continue;
            }
            result.Add(line);
        }
        if (droppedPageNumbers > 0)
        {
            warnings.Add($"已删除{droppedPageNumbers}行页码或分隔线");
        }
        return result;
    }

    private static bool IsCandidate(string line) =>
        line.Length > 0
        && line.Length <= MaxBoilerplateLength
        && !SentenceText.EndsSentence(line)
        && NumberingMarker.Match(line) is null;
}

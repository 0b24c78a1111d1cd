namespace Guangong.Documents.Plans;

/// <summary>
/// For a summary imported against a plan: for each plan item, the summary's paragraphs that report on it,
/// best first, so the officer can confirm progress in one pass. Paragraphs are compared by the pairs of
/// Chinese characters they share (防溺, 溺水 …), weighted by how rare the pair is in the summary.
/// </summary>
public static class SummaryReportMatcher
{
    /// <summary>A paragraph must share at least this share of the item's weighted pairs to be proposed.</summary>
    public const double MinScore = 0.2;

    /// <param name="items">The plan's items (or tasks' texts).</param>
    /// <param name="summary">The parsed summary.</param>
    /// <param name="perItem">How many paragraphs to propose for one item at most.</param>
    public static IReadOnlyList<SummaryReport> Match(IReadOnlyList<string> items, PlanDocument summary, int perItem = 2)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(summary);
        var paragraphs = Paragraphs(summary);
        var pairsOf = paragraphs.Select(Pairs).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in pairsOf.SelectMany(p => p))
        {
            frequency[pair] = frequency.GetValueOrDefault(pair) + 1;
        }

        var reports = new List<SummaryReport>();
        for (var i = 0; i < items.Count; i++)
        {
            var wanted = Pairs(items[i]);
            var total = wanted.Sum(pair => Weight(pair, frequency, paragraphs.Count));
            if (total <= 0)
            {
                reports.Add(new SummaryReport(i, []));
                continue;
            }
            var best = paragraphs
                .Select((paragraph, index) => (Paragraph: paragraph, Score: wanted.Where(pairsOf[index].Contains).Sum(pair => Weight(pair, frequency, paragraphs.Count)) / total))
                .Where(candidate => candidate.Score >= MinScore)
                .OrderByDescending(candidate => candidate.Score)
                .Take(perItem)
                .Select(candidate => candidate.Paragraph)
                .ToList();
            reports.Add(new SummaryReport(i, best));
        }
        return reports;
    }

    private static List<string> Paragraphs(PlanDocument summary)
    {
        var paragraphs = new List<string>();
        foreach (var section in summary.Sections)
        {
            paragraphs.AddRange(section.Text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => section.Heading.Length > 0 ? $"{section.Heading}：{p}" : p));
            paragraphs.AddRange(section.Items.Select(item => item.Text.Trim()).Where(t => t.Length > 0));
        }
        return paragraphs;
    }

    private static HashSet<string> Pairs(string text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsCjk(text[i]) && IsCjk(text[i + 1]))
            {
                pairs.Add(text.Substring(i, 2));
            }
        }
        return pairs;
    }

    /// <summary>A pair found in every paragraph ("开展", "工作") tells nothing; a rare one ("溺水") tells much.</summary>
    private static double Weight(string pair, Dictionary<string, int> frequency, int paragraphs) =>
        Math.Log((paragraphs + 1.0) / (frequency.GetValueOrDefault(pair) + 0.5));

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}

/// <summary>The summary paragraphs that report on one plan item, best first; empty when none does.</summary>
public sealed record SummaryReport(int ItemIndex, IReadOnlyList<string> Paragraphs);

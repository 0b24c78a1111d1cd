namespace Guangong.Documents.Plans;

/// <summary>
/// For a summary imported against a plan: for each plan item, the summary's sentences that report on it,
/// best first, so the officer can confirm progress in one pass. Paragraphs are compared by the pairs of
/// Chinese characters they share (防溺, 溺水 …), weighted by how rare the pair is among the items and the
/// paragraphs together ("开展", "关工" weigh little). The shared weight is measured against the shorter of the
/// two texts, so a plan item of 300 characters is still found by the two-sentence paragraph that reports on it.
/// </summary>
public static class SummaryReportMatcher
{
    /// <summary>A sentence (or one of its clauses) must share at least this share of the shorter text's weighted pairs.</summary>
    public const double MinScore = 0.3;

    /// <param name="items">The plan's items (or tasks' texts).</param>
    /// <param name="summary">The parsed summary.</param>
    /// <param name="perItem">How many paragraphs to propose for one item at most.</param>
    public static IReadOnlyList<SummaryReport> Match(IReadOnlyList<string> items, PlanDocument summary, int perItem = 2)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(summary);
        var paragraphs = Paragraphs(summary);
        var pairsOf = paragraphs.Select(Pairs).ToList();
        var clausePairsOf = paragraphs.Select(p => Clauses(p).Select(Pairs).ToList()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemPairs = items.Select(Pairs).ToList();
        var documents = paragraphs.Count + items.Count;
        foreach (var pair in pairsOf.Concat(itemPairs).SelectMany(p => p))
        {
            frequency[pair] = frequency.GetValueOrDefault(pair) + 1;
        }

        double Weigh(IEnumerable<string> pairs) => pairs.Sum(pair => Weight(pair, frequency, documents));
        var paragraphWeights = pairsOf.Select(Weigh).ToList();
        var clauseWeights = clausePairsOf.Select(clauses => clauses.Select(Weigh).ToList()).ToList();
        double Share(HashSet<string> wanted, double total, HashSet<string> pairs, double weight) =>
            weight <= 0 ? 0 : Weigh(wanted.Where(pairs.Contains)) / Math.Min(total, weight);
        var reports = new List<SummaryReport>();
        for (var i = 0; i < items.Count; i++)
        {
            var wanted = itemPairs[i];
            var total = Weigh(wanted);
            if (total <= 0)
            {
                reports.Add(new SummaryReport(i, []));
                continue;
            }
            var best = paragraphs
                .Select((paragraph, index) => (Paragraph: paragraph, Score: Math.Max(
                    Share(wanted, total, pairsOf[index], paragraphWeights[index]),
                    clausePairsOf[index].Select((pairs, c) => Share(wanted, total, pairs, clauseWeights[index][c])).DefaultIfEmpty(0).Max())))
                .Where(candidate => candidate.Score >= MinScore)
                .OrderByDescending(candidate => candidate.Score)
                .Take(perItem)
                .Select(candidate => candidate.Paragraph)
                .ToList();
            reports.Add(new SummaryReport(i, best));
        }
        return reports;
    }

    /// <summary>
    /// The summary cut into sentences, each under its section's heading ("法治教育：开展…12场。"): a paragraph often
    /// reports on two tasks at once, and a sentence is what the officer confirms as one task's progress.
    /// </summary>
    private static List<string> Paragraphs(PlanDocument summary)
    {
        var passages = new List<string>();
        foreach (var section in summary.Sections)
        {
            var texts = section.Text.Split('\n').Concat(section.Items.Select(item => item.Text));
            passages.AddRange(texts.SelectMany(Sentences).Select(p => section.Heading.Length > 0 ? $"{section.Heading}：{p}" : p));
        }
        return passages;
    }

    /// <summary>
    /// A long sentence's clauses ("…班子已全部调整到位，新增志愿者23名，…"): a sentence that reports on two things
    /// is found by the clause about one of them, and proposed whole so that no cut sentence reaches the officer.
    /// </summary>
    private static IEnumerable<string> Clauses(string sentence) =>
        sentence.Split('，', '：', '；').Where(clause => clause.Count(IsCjk) >= MinClauseLength);

    private const int MinClauseLength = 8;

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '；' && i + 1 - start > 1)
            {
                var sentence = text[start..(i + 1)].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }
                start = i + 1;
            }
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
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
    private static double Weight(string pair, Dictionary<string, int> frequency, int documents) =>
        Math.Max(0, Math.Log((documents + 1.0) / (frequency.GetValueOrDefault(pair) + 0.5)));

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}

/// <summary>The summary paragraphs that report on one plan item, best first; empty when none does.</summary>
public sealed record SummaryReport(int ItemIndex, IReadOnlyList<string> Paragraphs);

namespace Guangong.Documents.Plans;

/// <summary>
/// Splits prose enumerations "…工作：一是……。二是……。三是……" into items.
/// A marker only counts at a clause boundary, so "统一是" or "唯一是" never start an item.
/// </summary>
internal static class InlineEnumerationSplitter
{
    private const string Boundaries = "。；：！？，、,.;:!?\n ”\"）)";

    /// <summary>Returns the lead-in (text before 一是) and the items; no items unless at least two are found.</summary>
    public static (string LeadIn, List<(string Number, string Text)> Items) Split(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (text ?? string.Empty, []);
        }
        var split = SplitWith(text, k => ChineseNumerals.Format(k) + "是");
        if (split.Items.Count < 2)
        {
            split = SplitWith(text, k => "其" + ChineseNumerals.Format(k));
        }
        return split.Items.Count >= 2 ? split : (text, []);
    }

    private static (string LeadIn, List<(string Number, string Text)> Items) SplitWith(string text, Func<int, string> markerFor)
    {
        var starts = new List<(int Index, string Marker)>();
        var position = 0;
        for (var k = 1; k < 100; k++)
        {
            var marker = markerFor(k);
            var index = FindAtBoundary(text, marker, position);
            if (index < 0)
            {
                break;
            }
            starts.Add((index, marker));
            position = index + marker.Length;
        }
        if (starts.Count < 2)
        {
            return (text, []);
        }
        var items = new List<(string Number, string Text)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var bodyStart = starts[i].Index + starts[i].Marker.Length;
            var bodyEnd = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var body = text[bodyStart..bodyEnd].Trim().TrimStart('，', ',', '、', '：', ':').Trim();
            items.Add((starts[i].Marker, body));
        }
        return (text[..starts[0].Index].Trim(), items);
    }

    private static int FindAtBoundary(string text, string marker, int from)
    {
        var index = text.IndexOf(marker, from, StringComparison.Ordinal);
        while (index >= 0)
        {
            if (index == 0 || Boundaries.Contains(text[index - 1]))
            {
                return index;
            }
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
        }
        return -1;
    }
}

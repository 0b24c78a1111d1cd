namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Breaks a long title into balanced lines (a trapezoid rather than a full line and a stub), choosing
/// breaks at places where a phrase ends: a title must not split a word across lines, and a line ending
/// in the middle of "乌审|召" reads wrong on a printed notice.
/// </summary>
internal static class TitleLines
{
    /// <summary>Title characters per line: 8844 twips / 435 twips per 2号 character.</summary>
    public const int MaxHalfUnits = OfficialPage.TextWidth / OfficialPage.TitleCharacter * 2;

    private const int GoodBreak = 0;
    private const int FairBreak = 6;
    // Dearer than a fair imbalance: "关工信|息" must lose to lines of 15 and 26 units.
    private const int PoorBreak = 30;
    private const int Forbidden = 10_000;

    // A new line may begin with these phrases.
    private static readonly string[] StartsPhrase = ["关于", "《", "“", "（"];

    // A line may end after these: verbs of issuing, units, a year.
    private static readonly string[] EndsPhrase =
    [
        "印发", "转发", "批转", "》", "”", "）", "年", "年度", "月份", "季度", "工作", "政府", "委员会", "关工委", "办公室", "党委", "镇", "乡", "街道", "苏木", "县", "旗", "市", "区", "，", "、",
    ];

    private static readonly string[] Genres = ["的通知", "的意见", "的决定", "的通报", "的报告", "的请示", "的批复", "的函", "的方案", "的计划"];

    private const string NoLineStart = "、，。；：！？》”’）)]】〉」』%．.";
    private const string NoLineEnd = "《“‘（([【〈「『";

    public static IReadOnlyList<string> Split(string title)
    {
        var text = title.Trim();
        var total = TextWidth.HalfUnits(text);
        if (total <= MaxHalfUnits || text.Length < 2)
        {
            return [text];
        }
        var lineCount = (total + MaxHalfUnits - 1) / MaxHalfUnits;
        var widths = text.Select(c => TextWidth.IsHalfWidth(c) ? 1 : 2).ToArray();
        var breaks = Enumerable.Range(0, text.Length + 1).Select(i => BreakCost(text, i)).ToArray();

        // Cheapest way to cut into lineCount lines: break costs plus how far each line is from the mean.
        var target = total / (double)lineCount;
        var best = new double[lineCount + 1, text.Length + 1];
        var from = new int[lineCount + 1, text.Length + 1];
        for (var k = 0; k <= lineCount; k++)
        {
            for (var i = 0; i <= text.Length; i++)
            {
                best[k, i] = double.PositiveInfinity;
            }
        }
        best[0, 0] = 0;
        for (var k = 1; k <= lineCount; k++)
        {
            for (var end = 1; end <= text.Length; end++)
            {
                var width = 0;
                for (var start = end - 1; start >= 0; start--)
                {
                    width += widths[start];
                    if (width > MaxHalfUnits)
                    {
                        break;
                    }
                    if (double.IsPositiveInfinity(best[k - 1, start]))
                    {
                        continue;
                    }
                    var cost = best[k - 1, start] + Math.Abs(width - target) + (end == text.Length ? 0 : breaks[end]);
                    if (cost < best[k, end])
                    {
                        best[k, end] = cost;
                        from[k, end] = start;
                    }
                }
            }
        }
        if (double.IsPositiveInfinity(best[lineCount, text.Length]))
        {
            return [text];
        }
        var lines = new List<string>(lineCount);
        var position = text.Length;
        for (var k = lineCount; k > 0; k--)
        {
            var start = from[k, position];
            lines.Insert(0, text[start..position]);
            position = start;
        }
        return lines;
    }

    private static int BreakCost(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return Forbidden;
        }
        var before = text[index - 1];
        var after = text[index];
        if (NoLineStart.Contains(after) || NoLineEnd.Contains(before)
            || char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after)
            || IsInside(text, index, '《', '》'))
        {
            return Forbidden;
        }
        var head = text[..index];
        var tail = text[index..];
        if (StartsPhrase.Any(p => tail.StartsWith(p, StringComparison.Ordinal)) || EndsPhrase.Any(p => head.EndsWith(p, StringComparison.Ordinal)))
        {
            return GoodBreak;
        }
        if (Genres.Any(g => tail.Equals(g, StringComparison.Ordinal)) || char.IsAsciiDigit(after) && !char.IsAsciiDigit(before))
        {
            return FairBreak;
        }
        return PoorBreak;
    }

    private static bool IsInside(string text, int index, char open, char close)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == open)
            {
                depth++;
            }
            else if (text[i] == close && depth > 0)
            {
                depth--;
            }
        }
        return depth > 0;
    }
}

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Shares a table's width among its columns. The caller's widths are weights; a column then grows, at the cost of the
/// others, until its header and, in a column of short entries (names, awards, classes: up to <see cref="ShortText"/>
/// half-width units each), every entry sit on one line. A reader takes "王语/嫣" or "一等/奖" for two words; a long title
/// wraps anyway. When even that does not fit, the columns share the width by what they need.
/// </summary>
internal static class ColumnFit
{
    /// <summary>Entries up to 7 full-width characters ("郑陆实验学校", "二年级4班", "组织领导有力") are kept whole.</summary>
    private const int ShortText = 14;

    /// <summary>The cell's left and right padding (<see cref="GridTable.CellPadding"/>), and a little slack for the rules.</summary>
    private const int Padding = (2 * GridTable.CellPadding) + 40;

    public static int[] Widths(int total, IReadOnlyList<int> weights, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int characterTwips)
    {
        var widths = Shares(total, weights, header, rows, characterTwips);

        // A column of short entries never wraps: room beyond its widest entry and its header on one line is blank paper,
        // while a column that wraps (评分要点 beside a 佐证材料 of "见台账及照片") is a line longer for each character
        // it lacks. The short columns give up that room, as far as the wrapping columns lack it (a table whose long
        // column already holds its entries on one line keeps its widths), shared by what each lacks.
        var wrapping = Enumerable.Range(0, weights.Count).Where(i => !rows.All(r => IsShort(r[i]))).ToList();
        var lacking = wrapping.ToDictionary(i => i, i => Math.Max(0, rows.Max(r => Needed(r[i], characterTwips)) - widths[i]));
        var surplus = Enumerable.Range(0, weights.Count).Except(wrapping).ToDictionary(i => i,
            i => Math.Max(0, widths[i] - Math.Max((2 * characterTwips) + Padding, Math.Max(Needed(header[i], characterTwips), rows.Select(r => Needed(r[i], characterTwips)).DefaultIfEmpty(0).Max()))));
        var (lacks, spare) = (lacking.Values.Sum(), surplus.Values.Sum());
        var moved = Math.Min(lacks, spare);
        if (moved <= 0)
        {
            return widths;
        }

        foreach (var (i, room) in surplus)
        {
            widths[i] -= (int)((long)room * moved / spare);
        }

        foreach (var (i, lack) in lacking)
        {
            widths[i] += (int)((long)lack * moved / lacks);
        }

        widths[wrapping[^1]] += total - widths.Sum();
        return widths;
    }

    private static int[] Shares(int total, IReadOnlyList<int> weights, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int characterTwips)
    {
        // A header is kept whole; so is every entry of a column of short entries. A column with a long entry (a title)
        // wraps anyway, and its short entries with it.
        var columns = weights.Count;
        // Every column keeps at least two characters, so a column of long entries is never squeezed to nothing.
        var floor = (2 * characterTwips) + Padding;
        var needed = Enumerable.Range(0, columns).Select(i => Math.Max(floor,
            Math.Max(IsShort(header[i]) ? Needed(header[i], characterTwips) : 0, rows.All(r => IsShort(r[i])) ? rows.Select(r => Needed(r[i], characterTwips)).DefaultIfEmpty(0).Max() : 0))).ToArray();

        // Columns whose share is too small for their entries are fixed at what they need; the rest share what is left by
        // weight, until no share is too small. If the needs alone exceed the width, each column gets the larger of its need
        // and its weight's share, all scaled down to the width.
        var fixedWidth = new int?[columns];
        while (true)
        {
            var free = total - fixedWidth.Sum(w => w ?? 0);
            var weight = Enumerable.Range(0, columns).Where(i => fixedWidth[i] is null).Sum(i => weights[i]);
            var shares = Enumerable.Range(0, columns).Select(i => fixedWidth[i] ?? (weight == 0 ? 0 : free * weights[i] / weight)).ToArray();
            var tooNarrow = Enumerable.Range(0, columns).Where(i => fixedWidth[i] is null && shares[i] < needed[i]).ToList();
            if (tooNarrow.Count == 0)
            {
                shares[Array.FindLastIndex(shares, s => s > 0) is var last and >= 0 ? last : columns - 1] += total - shares.Sum();
                return shares;
            }

            foreach (var i in tooNarrow)
            {
                fixedWidth[i] = needed[i];
            }

            var fixedSum = fixedWidth.Sum(w => w ?? 0);
            if (fixedSum > total)
            {
                var wanted = needed.Select((n, i) => Math.Max(n, total * weights[i] / weights.Sum())).ToArray();
                var sum = wanted.Sum();
                var scaled = wanted.Select(w => (int)((long)total * w / sum)).ToArray();
                scaled[^1] += total - scaled.Sum();
                return scaled;
            }

            if (fixedWidth.All(w => w is not null))
            {
                var all = fixedWidth.Select(w => w!.Value).ToArray();
                all[Array.IndexOf([.. weights], weights.Max())] += total - fixedSum;
                return all;
            }
        }
    }

    // A cell of several lines ("焦溪小学\n二年级4班") is as wide as its longest line, and short if each line is.
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);

    /// <summary>The width that sets the text (each of its lines) on one line in the cell.</summary>
    private static int Needed(string text, int characterTwips) => Lines(text).Max(l => (int)Math.Ceiling(Characters(l) * characterTwips)) + Padding;

    private static bool IsShort(string text) => Lines(text).All(l => TextWidth.HalfUnits(l) <= ShortText && !l.Any(char.IsWhiteSpace));

    /// <summary>
    /// The text's width in Chinese characters: a digit or Latin letter is set in the Latin face, up to 0.7 of one; and
    /// Word and LibreOffice put a quarter of one between a Chinese character and a Latin one ("三年级 12 班").
    /// </summary>
    private static double Characters(string text) =>
        text.Sum(c => TextWidth.IsHalfWidth(c) ? 0.7 : 1.0) + (0.25 * text.Zip(text.Skip(1)).Count(p => TextWidth.IsHalfWidth(p.First) != TextWidth.IsHalfWidth(p.Second)));
}

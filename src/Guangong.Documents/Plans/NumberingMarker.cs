using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>A numbering marker at the start of a line, e.g. "一、" or "（1）".</summary>
/// <param name="Value">The numeric value, used to check that numbering runs in sequence.</param>
/// <param name="Number">The number as it should be shown: "一" for sections, "1", "（1）", "①" for items.</param>
/// <param name="Rest">The line after the marker.</param>
internal sealed partial record NumberingMarker(MarkerKind Kind, int Value, string Numeral, string Rest)
{
    [GeneratedRegex(@"^第\s*(?<n>[一二三四五六七八九十百零〇]{1,4}|[0-9]{1,3})\s*条[\s、，,：:．.]*(?<rest>.*)$")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^第\s*(?<n>[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*(?<k>[章节])(?![日约])[\s、，,：:．.]*(?<rest>.*)$")]
    private static partial Regex ChapterPattern();

    // "1)" and "1）" without an opening parenthesis, as WPS writes them.
    [GeneratedRegex(@"^(?<n>[0-9]{1,2})\s*[）)][\s、，,．.]*(?<rest>.*)$")]
    private static partial Regex ArabicParenPattern();

    // 、 is the standard separator; ． . ， , appear in hand-typed or converted text.
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*[、，,．.](?<rest>.*)$")]
    private static partial Regex ChineseCommaPattern();

    [GeneratedRegex(@"^[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)][\s、，,．.]*(?<rest>.*)$")]
    private static partial Regex ParenChinesePattern();

    // ASCII "." and "," only count when no digit follows, so "3.5万元" is not item 3.
    [GeneratedRegex(@"^(?<n>[0-9]{1,2})\s*(?:[．、]|[.,，](?![0-9]))\s*(?<rest>.*)$")]
    private static partial Regex ArabicDotPattern();

    [GeneratedRegex(@"^[（(]\s*(?<n>[0-9]{1,2})\s*[）)][\s、，,．.]*(?<rest>.*)$")]
    private static partial Regex ParenArabicPattern();

    [GeneratedRegex(@"^(?<n>[\u2460-\u2473])[\s、．.]*(?<rest>.*)$")]
    private static partial Regex CircledPattern();

    // "十、一期间" is National Day (十一), not section 十 followed by text.
    [GeneratedRegex(@"^一\s*(?:期间|前后|前|后|假期|长假|小长假|黄金周|节|国庆)")]
    private static partial Regex NationalDayTail();

    /// <summary>The text's "一是 … 二是 …" enumerations written one per line.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}[，,、：:])")]
    private static partial Regex EnumerationStartPattern();

    public bool IsSectionKind => Kind is MarkerKind.Chapter or MarkerKind.Subchapter or MarkerKind.Article or MarkerKind.ChineseComma or MarkerKind.ParenChinese;

    /// <summary>The marker as an item number: "1", "（1）", "①", "（一）", "一", "第一条".</summary>
    public string ItemNumber => Kind switch
    {
        MarkerKind.ParenChinese or MarkerKind.ParenArabic => $"（{Numeral}）",
        MarkerKind.Article => $"第{Numeral}条",
        _ => Numeral,
    };

    /// <summary>The marker as a section number: "一", or "第一章" / "第一节" for chapters.</summary>
    public string SectionNumber => Kind switch
    {
        MarkerKind.Chapter => $"第{Numeral}章",
        MarkerKind.Subchapter => $"第{Numeral}节",
        _ => Numeral,
    };

    public static NumberingMarker? Match(string line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return null;
        }
        var first = line[0];
        if (first == '第')
        {
            var chapter = ChapterPattern().Match(line);
            if (chapter.Success)
            {
                return Build(chapter.Groups["k"].Value == "章" ? MarkerKind.Chapter : MarkerKind.Subchapter, chapter);
            }
            return Build(MarkerKind.Article, ArticlePattern().Match(line));
        }
        if (first is '（' or '(')
        {
            return Build(MarkerKind.ParenChinese, ParenChinesePattern().Match(line))
                ?? Build(MarkerKind.ParenArabic, ParenArabicPattern().Match(line));
        }
        if (char.IsAsciiDigit(first))
        {
            return Build(MarkerKind.ArabicDot, ArabicDotPattern().Match(line))
                ?? Build(MarkerKind.ParenArabic, ArabicParenPattern().Match(line));
        }
        if (first is >= '\u2460' and <= '\u2473')
        {
            return Build(MarkerKind.Circled, CircledPattern().Match(line));
        }
        var marker = Build(MarkerKind.ChineseComma, ChineseCommaPattern().Match(line));
        if (marker is { Numeral: "十" } && NationalDayTail().IsMatch(marker.Rest))
        {
            return null;
        }
        return marker;
    }

    /// <summary>True when the line opens an enumeration item written as prose ("二是…", "其二，…").</summary>
    public static bool StartsEnumeration(string line) => EnumerationStartPattern().IsMatch(line);

    private static NumberingMarker? Build(MarkerKind kind, System.Text.RegularExpressions.Match match)
    {
        if (!match.Success)
        {
            return null;
        }
        var numeral = match.Groups["n"].Value;
        int? value = kind switch
        {
            MarkerKind.ArabicDot or MarkerKind.ParenArabic =>
                int.TryParse(numeral, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic) ? arabic : null,
            MarkerKind.Circled => numeral[0] - '\u2460' + 1,
            _ => ChineseNumerals.Parse(numeral) ?? ChineseNumerals.ParseHundreds(numeral),
        };
        if (value is null or <= 0)
        {
            return null;
        }
        return new NumberingMarker(kind, value.Value, numeral, match.Groups["rest"].Value.Trim());
    }
}

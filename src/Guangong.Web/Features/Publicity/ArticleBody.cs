using System.Net;
using System.Text.RegularExpressions;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// An article's body is plain paragraphs. Text pasted from a web page or Word arrives as HTML:
/// it becomes paragraphs, and everything that is not text (scripts, styles, embedded frames,
/// pictures, including 1×1 tracking pixels that would report every reader to a third party) is
/// dropped, so nothing but words is stored and the public pages load nothing from elsewhere.
/// Pictures are uploaded as files and placed with a line "[图N]".
/// </summary>
public static partial class ArticleBody
{
    public const int MaxLength = 20000;

    /// <summary>A part of the body as shown: a paragraph of text, or the position of the Nth image (1-based).</summary>
    public sealed record Part(string? Text, int? Image);

    /// <summary>The body as stored, and whether anything was removed from what was pasted.</summary>
    public static (string Body, bool Removed) Clean(string? input)
    {
        var text = (input ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var removed = false;
        if (LooksLikeHtml().IsMatch(text))
        {
            var stripped = Dangerous().Replace(text, string.Empty);
            removed = stripped.Length != text.Length || Picture().IsMatch(stripped);
            stripped = Picture().Replace(stripped, string.Empty);
            stripped = Comment().Replace(stripped, string.Empty);
            stripped = BlockBreak().Replace(stripped, "\n\n");
            stripped = AnyTag().Replace(stripped, string.Empty);
            text = WebUtility.HtmlDecode(stripped);
        }

        var paragraphs = Paragraphs(text);
        return (string.Join("\n\n", paragraphs), removed);
    }

    /// <summary>The body split into paragraphs and image places, for the pages.</summary>
    public static IReadOnlyList<Part> Parts(string body, int imageCount)
    {
        var parts = new List<Part>();
        var placed = new HashSet<int>();
        foreach (var p in Paragraphs(body))
        {
            var m = ImageMarker().Match(p);
            if (m.Success && int.TryParse(m.Groups[1].Value, out var n) && n >= 1 && n <= imageCount && placed.Add(n))
            {
                parts.Add(new Part(null, n));
            }
            else
            {
                parts.Add(new Part(p, null));
            }
        }

        // Pictures no line places come after the text, in the order they were uploaded.
        parts.AddRange(Enumerable.Range(1, imageCount).Where(n => !placed.Contains(n)).Select(n => new Part(null, n)));
        return parts;
    }

    /// <summary>The first paragraph that is text, cut at a sentence end when it is long: for lists and feeds.</summary>
    public static string Summary(string body, int max = 120)
    {
        var first = Paragraphs(body).FirstOrDefault(p => !ImageMarker().IsMatch(p)) ?? string.Empty;
        if (first.Length <= max)
        {
            return first;
        }

        var end = first.LastIndexOfAny(['。', '！', '？', '；'], max - 1);
        return end > 0 ? first[..(end + 1)] : first[..max] + "……";
    }

    private static List<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0)];

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][^>]*>")]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"<\s*(script|style|iframe|object|embed|noscript|template|svg|video|audio)\b[^>]*>.*?<\s*/\s*\1\s*>|<\s*(script|style|iframe|object|embed|link|meta|base)\b[^>]*/?>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Dangerous();

    [GeneratedRegex(@"<\s*(img|picture|source|image)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Picture();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|/div|/h[1-6]|/li|/tr|p|div|h[1-6]|li)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"^\[图(\d{1,2})\]$")]
    private static partial Regex ImageMarker();

    [GeneratedRegex(@"[ \t\u3000\u00A0]+")]
    private static partial Regex Spaces();
}

using System.Net;
using System.Text.RegularExpressions;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// Long texts (article bodies, notices) are stored as plain paragraphs. Text pasted from a web page
/// or Word arrives as HTML: it becomes paragraphs, and everything that is not text (scripts, styles,
/// embedded frames, pictures, including 1×1 tracking pixels that would report every reader to a
/// third party) is dropped, so nothing but words is stored and no page loads anything from elsewhere.
/// </summary>
public static partial class PastedText
{
    /// <summary>The text as stored, and whether anything was removed from what was pasted.</summary>
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

    /// <summary>The non-empty lines, with runs of spaces (including full-width and no-break ones) made one.</summary>
    public static List<string> Paragraphs(string text) =>
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

    [GeneratedRegex(@"[ \t\u3000\u00A0]+")]
    private static partial Regex Spaces();
}

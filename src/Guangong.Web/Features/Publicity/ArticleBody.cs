using Guangong.Web.Infrastructure.Text;
using System.Text.RegularExpressions;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// An article's body is plain paragraphs (pasted HTML is cleaned by <see cref="PastedText"/>).
/// Pictures are uploaded as files and placed with a line "[图N]".
/// </summary>
public static partial class ArticleBody
{
    public const int MaxLength = 20000;

    /// <summary>A part of the body as shown: a paragraph of text, or the position of the Nth image (1-based).</summary>
    public sealed record Part(string? Text, int? Image);

    /// <summary>The body split into paragraphs and image places, for the pages.</summary>
    public static IReadOnlyList<Part> Parts(string body, int imageCount)
    {
        var parts = new List<Part>();
        var placed = new HashSet<int>();
        foreach (var p in PastedText.Paragraphs(body))
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
        var first = PastedText.Paragraphs(body).FirstOrDefault(p => !ImageMarker().IsMatch(p)) ?? string.Empty;
        return Sentences.Within(first, max);
    }

    [GeneratedRegex(@"^\[图(\d{1,2})\]$")]
    private static partial Regex ImageMarker();
}

using System.Text;
using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>
/// Turns raw text (pasted, converted from Word or a web page) into trimmed lines:
/// unified line breaks, no control characters, no converter noise such as "[bookmark: _GoBack]".
/// </summary>
internal static partial class PlanTextCleaner
{
    /// <summary>Plans are a few pages; anything beyond this is not a plan and would only slow the parser.</summary>
    public const int MaxChars = 1_000_000;

    [GeneratedRegex(@"\[(?:bookmark|image|comment|anchor)\s*:[^\]\n]{0,200}\]", RegexOptions.IgnoreCase)]
    private static partial Regex ConverterNoise();

    public static List<string> ToLines(string? text, List<string> warnings)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
            warnings.Add($"文本过长，仅解析前{MaxChars}个字符");
        }
        text = ConverterNoise().Replace(text, string.Empty);

        var lines = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\v')
            {
                // \r\n is one break, not two.
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                lines.Add(TrimLine(current.ToString()));
                current.Clear();
            }
            else if (c is >= '０' and <= '９')
            {
                // Full-width digits (２０２３年, １．) read as ASCII, so dates and item numbers are recognised.
                current.Append((char)('0' + (c - '０')));
            }
            else if (c == '\t' || c == '\u00A0' || c == '\u3000')
            {
                current.Append(c == '\u3000' ? '\u3000' : ' ');
            }
            else if (char.IsControl(c) || c == '\uFEFF' || c == '\uFFFD' || IsZeroWidth(c) || char.IsSurrogate(c) && !IsValidSurrogateAt(text, i))
            {
                // Dropped: BOMs, replacement characters from bad decoding, lone surrogates.
            }
            else
            {
                current.Append(c);
            }
        }
        lines.Add(TrimLine(current.ToString()));
        return lines;
    }

    /// <summary>Trims ASCII, no-break and ideographic (U+3000) spaces, which Word uses for indentation.</summary>
    public static string TrimLine(string line) => line.Trim(' ', '\u3000', '\u00A0', '\t');

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060';

    private static bool IsValidSurrogateAt(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}

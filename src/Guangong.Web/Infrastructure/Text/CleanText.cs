using System.Globalization;
using System.Text;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// The one rule for text that comes in: Unicode NFC, and no invisible characters. Control characters
/// (NUL, escape…), bidirectional overrides (U+202E makes "photo\u202Egpj.exe" display as
/// "photoexe.jpg") and zero-width characters cannot be seen on a page or a printed document, so
/// two names that look the same could differ, and a file name could lie about its type. Tabs and
/// line breaks stay: they are how people write longer texts. Full-width digits (３, what a Chinese input method types
/// in its full-width mode) become the digits every number field reads, and so does a full-width point between two of
/// them (２．５); official documents print Arabic numerals half-width anyway.
/// </summary>
public static class CleanText
{
    public static string Of(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is '\u2028' or '\u2029')
            {
                builder.Append('\n');
            }
            else if (c is >= '０' and <= '９')
            {
                builder.Append((char)('0' + (c - '０')));
            }
            else if (IsPointBetweenDigits(normalized, i))
            {
                builder.Append('.');
            }
            else if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string? OrNull(string? text) => text is null ? null : Of(text);

    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c) || c is '\u2028' or '\u2029' or (>= '０' and <= '９') || IsPointBetweenDigits(text, i))
            {
                return false;
            }
        }

        return text.IsNormalized(NormalizationForm.FormC);
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static bool IsPointBetweenDigits(string text, int i) =>
        text[i] == '．' && i > 0 && i + 1 < text.Length && IsDigit(text[i - 1]) && IsDigit(text[i + 1]);

    private static bool IsInvisible(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        _ => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format,
    };
}

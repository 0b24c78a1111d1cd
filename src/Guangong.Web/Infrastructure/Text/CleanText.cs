using System.Globalization;
using System.Text;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// The one rule for text that comes in: Unicode NFC, and no invisible characters. Control characters
/// (NUL, escape…), bidirectional overrides (U+202E makes "photo\u202Egpj.exe" display as
/// "photoexe.jpg") and zero-width characters cannot be seen on a page or a printed document, so
/// two names that look the same could differ, and a file name could lie about its type. Tabs and
/// line breaks stay: they are how people write longer texts.
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
        foreach (var c in normalized)
        {
            if (c is '\u2028' or '\u2029')
            {
                builder.Append('\n');
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
        foreach (var c in text)
        {
            if (IsInvisible(c) || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return text.IsNormalized(NormalizationForm.FormC);
    }

    private static bool IsInvisible(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        _ => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format,
    };
}

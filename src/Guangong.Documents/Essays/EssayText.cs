using System.Globalization;
using System.Text;

namespace Guangong.Documents.Essays;

/// <summary>Counting and comparing essay text the way a contest counts 字数.</summary>
public static class EssayText
{
    /// <summary>
    /// The length as a contest counts it: every Chinese character and every full-width punctuation
    /// mark is one, a run of Latin letters or digits ("2024", "Wi-Fi") is one word, white space is nothing.
    /// </summary>
    public static int CountCharacters(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                inWord = false;
                continue;
            }

            if (rune.Value < 0x2E80 && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '\'' && inWord))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }

                continue;
            }

            inWord = false;
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value >= 0x2E80 || category is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The text reduced to what makes two copies the same piece: letters and digits only, so a copy
    /// with other spacing, punctuation or line breaks is still recognised as a duplicate.
    /// </summary>
    public static string Fingerprint(string? text)
    {
        var builder = new StringBuilder();
        foreach (var rune in (text ?? string.Empty).Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune));
            }
        }

        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexString(bytes);
    }
}

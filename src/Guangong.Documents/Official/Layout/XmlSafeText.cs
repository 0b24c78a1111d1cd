using System.Text;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Drops characters XML 1.0 cannot hold (control characters, lone surrogates). Text pasted from other
/// programs carries them, and one would make the whole .docx fail to save.
/// </summary>
internal static class XmlSafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (!text.Any(IsSuspect))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!IsSuspect(c))
            {
                builder.Append(c);
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

    private static bool IsSuspect(char c) =>
        c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// A number as a Chinese input method in its full-width mode types it ("３", "１２．５"): made the ASCII a number field
/// parses. Only number fields read it so; names, codes and passwords keep what was typed.
/// </summary>
public static class TypedNumber
{
    public static string? Ascii(string? text)
    {
        if (text is null || !text.Any(c => c is (>= '０' and <= '９') or '．'))
        {
            return text;
        }

        return string.Concat(text.Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '．' => '.',
            _ => c,
        }));
    }
}

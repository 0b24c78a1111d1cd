namespace Guangong.Web.Infrastructure.Text;

/// <summary>Shortening a text for a list or a hint without leaving half a sentence behind.</summary>
public static class Sentences
{
    private static readonly char[] Ends = ['。', '！', '？', '；'];

    /// <summary>
    /// The whole sentences that fit in <paramref name="max"/> characters; a first sentence longer than that is
    /// cut and marked "……" (within the same length), so a reader never takes a cut sentence for a whole one.
    /// </summary>
    public static string Within(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = text.LastIndexOfAny(Ends, max - 1);
        return end > 0 ? text[..(end + 1)] : text[..(max - 2)] + "……";
    }
}

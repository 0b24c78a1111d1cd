namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Measures text in half-width units (a Chinese character is 2, a Latin letter or digit 1), which is
/// how official layout counts: "右空二字" and a 28-character line are in full-width characters.
/// </summary>
public static class TextWidth
{
    public static int HalfUnits(string text)
    {
        var units = 0;
        foreach (var c in text)
        {
            units += IsHalfWidth(c) ? 1 : 2;
        }
        return units;
    }

    public static bool IsHalfWidth(char c) => c <= '\u024F' || c is >= '\uFF61' and <= '\uFFDC';
}

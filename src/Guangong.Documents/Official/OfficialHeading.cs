namespace Guangong.Documents.Official;

/// <summary>
/// A structural heading. The level picks the typeface GB/T 9704 prescribes for it (黑体, 楷体, then the
/// body face), so a reader can tell the levels apart on paper without numbering styles.
/// </summary>
public sealed record OfficialHeading : OfficialBlock
{
    /// <param name="level">1 for "一、", 2 for "（一）", 3 for "1.", 4 for "（1）".</param>
    /// <param name="text">The heading with its number already in it, e.g. "一、强化理论学习".</param>
    public OfficialHeading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 4);
        ArgumentNullException.ThrowIfNull(text);
        Level = level;
        Text = text;
    }

    public int Level { get; }

    public string Text { get; }
}

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Style ids the writer uses. Headings use Word's built-in ids so the navigation pane and a table of
/// contents pick them up; the rest are our own so they do not clash with a user's template.
/// </summary>
internal static class OfficialStyleIds
{
    public const string Normal = "Normal";
    public const string Body = "OfficialBody";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string Recipients = "OfficialRecipients";
    public const string AppendixLabel = "OfficialAppendixLabel";
    public const string PageNumber = "Footer";
    public const string Record = "OfficialRecord";
    public const string TableText = "OfficialTableText";
    public const string TableHeader = "OfficialTableHeader";

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        4 => Heading4,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Headings have levels 1 to 4."),
    };
}

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The typefaces GB/T 9704 names. The .docx keeps the official names so it prints right on an office
/// PC that has them; the font table gives Windows' built-in faces as alternates for one that does not.
/// </summary>
internal static class OfficialFonts
{
    public const string Title = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string Heading1 = "黑体";
    public const string Heading2 = "楷体_GB2312";
    public const string PageNumber = "宋体";
    public const string Latin = "Times New Roman";

    /// <summary>Official face → the face Windows ships, for the font table's altName.</summary>
    public static readonly IReadOnlyList<(string Name, string Alternate)> Alternates =
    [
        (Title, "宋体"),
        (Body, "仿宋"),
        (Heading1, "SimHei"),
        (Heading2, "楷体"),
        (PageNumber, "SimSun"),
    ];
}

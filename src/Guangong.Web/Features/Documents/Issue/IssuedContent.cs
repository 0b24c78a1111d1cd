using System.Text.RegularExpressions;
using Guangong.Documents.Official;

namespace Guangong.Web.Features.Documents.Issue;

/// <summary>Turns the officer's text into the blocks of an official document.</summary>
public static partial class IssuedContent
{
    /// <summary>Lines "一、…" become level-1 headings, "（一）…" level 2 when short (a heading, not an item that ends in 。), the rest paragraphs.</summary>
    public static IReadOnlyList<OfficialBlock> Blocks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(OfficialBlock (l) => IsHeading(l, LevelOne()) ? new OfficialHeading(1, l)
                : IsHeading(l, LevelTwo()) ? new OfficialHeading(2, l)
                : new OfficialParagraph(l))
            .ToList();

    /// <summary>Names separated by 、，; or new lines, as the record block lists them.</summary>
    public static IReadOnlyList<string> Names(string? text) =>
        (text ?? string.Empty).Split(['、', '，', ',', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>A file name from number and title, without characters a file system refuses.</summary>
    public static string FileName(string number, string title)
    {
        var name = string.Concat((number + title).Where(c => !Path.GetInvalidFileNameChars().Contains(c) && c is not ('\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')));
        return (name.Length > 150 ? name[..150] : name) + ".docx";
    }

    private static bool IsHeading(string line, Regex pattern) => pattern.IsMatch(line) && line.Length <= 40 && !line.EndsWith('。');

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex LevelOne();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex LevelTwo();
}

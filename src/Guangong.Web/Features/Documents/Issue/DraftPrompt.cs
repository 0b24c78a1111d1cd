using System.Text.RegularExpressions;

namespace Guangong.Web.Features.Documents.Issue;

/// <summary>
/// What a generated draft leaves for the office to write, in brackets where the words belong: "（请说明原因。）". A
/// document is not issued while one is left: once numbered it is on record as printed.
/// </summary>
public static partial class DraftPrompt
{
    public static string Ask(string request) => $"（请{request}。）";

    /// <summary>The first prompt left in <paramref name="text"/>, or null.</summary>
    public static string? FirstIn(string text) => Left().Match(text) is { Success: true } found ? found.Value : null;

    [GeneratedRegex("（请[^（）\\n]{1,40}。）")]
    private static partial Regex Left();
}

namespace Guangong.Web.Features.People;

/// <summary>Specialty tags as typed by people: separated by 、，, ; or spaces, stored joined by "、".</summary>
public static class SpecialtyText
{
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', ' ', '　', '/'];

    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    public static string? Normalize(string? text) => Split(text) is { Count: > 0 } tags ? string.Join("、", tags) : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guangong.Documents.Plans.Evaluation;

/// <summary>
/// What a corpus document should parse into, read from its <c>NAME.expected.json</c>:
/// headings in full, items by the first words of their text, roster members as "role|name|post",
/// figures as "indicator|number|unit" with a fourth part "~" when approximate.
/// </summary>
public sealed record PlanExpectation(
    string? Title,
    PlanDocumentKind? Kind,
    IReadOnlyList<string>? Headings,
    IReadOnlyList<string>? Items,
    IReadOnlyList<string>? Roster,
    IReadOnlyList<string>? Figures)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static PlanExpectation Read(string json) =>
        JsonSerializer.Deserialize<PlanExpectation>(json, Options) ?? throw new JsonException("empty expectation");
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guangong.Documents.Plans;

/// <summary>JSON form of a parsed plan, shared with the web app's import preview.</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Officers read the JSON; \uXXXX escapes for every Chinese character would make it unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan, Options);
    }

    public static PlanDocument? Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanDocument>(json, Options);
}

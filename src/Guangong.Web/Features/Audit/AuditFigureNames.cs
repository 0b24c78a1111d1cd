using System.Globalization;
using System.Text.Json;

namespace Guangong.Web.Features.Audit;

/// <summary>
/// The names of the figures a field of one entity holds as a JSON object keyed by figure (the annual return's typed
/// numbers): registered by the slice that owns the field, so an audit line reads "上级拨款（万元）：（空） → 2.5" instead of
/// saying only that the table changed.
/// </summary>
public sealed record AuditFigureNames(string Entity, string Field, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>One line per figure that differs between the two tables, in the order the names are given; figures not named are left out.</summary>
    public IEnumerable<string> Lines(string fieldName, string? old, string? now)
    {
        var (before, after) = (Read(old), Read(now));
        foreach (var (key, name) in Names)
        {
            var (was, @is) = (before.GetValueOrDefault(key), after.GetValueOrDefault(key));
            if (was == @is)
            {
                continue;
            }

            yield return old is null ? $"{fieldName}·{name}：{Text(@is)}" : $"{fieldName}·{name}：{Text(was)} → {Text(@is)}";
        }
    }

    private static string Text(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "（空）";

    private static Dictionary<string, decimal?> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('{'))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDecimal(out var d) ? d : (decimal?)null);
    }
}

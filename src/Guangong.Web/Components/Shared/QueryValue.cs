using System.Globalization;

namespace Guangong.Web.Components.Shared;

/// <summary>
/// Query-string values are bound as text and parsed here: a hand-edited ?page=abc is ignored
/// instead of failing the page (Blazor throws on an unparsable typed query parameter).
/// </summary>
public static class QueryValue
{
    public static long? Long(string? value) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Ids posted as repeated form values; an unparsable one becomes -1 so the command refuses it instead of silently dropping it.</summary>
    public static List<long> Ids(IEnumerable<string?>? values) =>
        values is null ? [] : [.. values.Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)];

    public static int Page(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : 1;

    public static bool Flag(string? value) => value is "true" or "1" or "True";

    /// <summary>A year the platform can hold records for (2000–2100), or null.</summary>
    public static int? Year(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;
}

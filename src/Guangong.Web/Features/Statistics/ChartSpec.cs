using System.Text.Json;
using Guangong.Web.Features.Statistics.Indicators;

namespace Guangong.Web.Features.Statistics;

/// <summary>One series of a chart; <see cref="Links"/> (per bar) is where a click on it leads.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Data, IReadOnlyList<string?>? Links = null);

/// <summary>
/// What <c>wwwroot/js/statistics-charts.js</c> draws with ECharts, read from the element's
/// <c>data-chart</c> attribute (no inline script under the CSP). The same numbers are in the table under it.
/// </summary>
public sealed record ChartSpec(string Kind, IReadOnlyList<string> X, IReadOnlyList<ChartSeries> Series, string Measure, bool Stack = false, bool Horizontal = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static readonly string[] MonthNames = [.. Enumerable.Range(1, 12).Select(m => $"{m}月")];

    /// <summary>A monthly indicator, month by month (one series per key when it has keys).</summary>
    public static ChartSpec Monthly(IReadOnlyDictionary<int, Figures> months, int year, Indicator indicator, IReadOnlyList<string> keys, string kind, Func<int, string?, string?>? link = null)
    {
        decimal At(int m, string? key) => months.TryGetValue((year * 100) + m, out var f) ? key is null ? f.Total(indicator) : f.Value(indicator, key) : 0;
        var series = keys.Count == 0
            ? [new ChartSeries(indicator.Name, [.. Enumerable.Range(1, 12).Select(m => At(m, null))], link is null ? null : [.. Enumerable.Range(1, 12).Select(m => link(m, null))])]
            : keys.Select(k => new ChartSeries(k, [.. Enumerable.Range(1, 12).Select(m => At(m, k))], link is null ? null : [.. Enumerable.Range(1, 12).Select(m => link(m, k))])).ToList();
        return new ChartSpec(kind, MonthNames, series, indicator.Measure, Stack: keys.Count > 0);
    }

    /// <summary>A keyed indicator of a subtree as bars, one per key.</summary>
    public static ChartSpec ByKey(Figures figures, Indicator indicator, IReadOnlyList<string> keys) =>
        new("bar", keys, [new ChartSeries(indicator.Name, [.. keys.Select(k => figures.Value(indicator, k))])], indicator.Measure, Horizontal: true);
}

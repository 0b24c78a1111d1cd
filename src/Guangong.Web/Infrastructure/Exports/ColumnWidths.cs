using System.Collections;
using System.Globalization;
using System.Reflection;
using Guangong.Documents.Official.Layout;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Guangong.Web.Infrastructure.Exports;

/// <summary>
/// Column widths for an export, from its header and first rows: the streaming writer leaves every column at Excel's
/// default 8.4 characters, where a title, a unit's name or a date stood cut off or as "########". A Chinese character
/// takes two of Excel's width units (MiniExcel's own measure counts it as one).
/// </summary>
public static class ColumnWidths
{
    private const int SampledRows = 300;
    private const double Narrowest = 6;
    private const double Widest = 60;

    public static OpenXmlConfiguration? Of<T>(IReadOnlyList<T> rows)
    {
        var widths = new Dictionary<string, double>();
        var columnsOf = new Dictionary<Type, PropertyInfo[]>();
        void Measure(string column, object? value)
        {
            var units = Math.Max(Units(column), Units(Text(value)));
            widths[column] = Math.Max(widths.GetValueOrDefault(column), units);
        }

        foreach (var row in rows.Take(SampledRows))
        {
            if (row is IDictionary<string, object?> dictionary)
            {
                foreach (var (key, value) in dictionary)
                {
                    Measure(key, value);
                }
            }
            else if (row is not null and not IEnumerable)
            {
                // A row type that names or sizes its columns itself (UnitExportRow) keeps its own: a dynamic column
                // would replace the attribute whole, its header name with it.
                if (!columnsOf.TryGetValue(row.GetType(), out var columns))
                {
                    columns = columnsOf[row.GetType()] = [.. row.GetType().GetProperties()
                        .Where(p => !p.GetCustomAttributes(inherit: true).Any(a => a.GetType().Namespace == typeof(ExcelColumnAttribute).Namespace))];
                }

                foreach (var property in columns)
                {
                    Measure(property.Name, property.GetValue(row));
                }
            }
        }

        return widths.Count == 0 ? null : new OpenXmlConfiguration
        {
            DynamicColumns = [.. widths.Select(w => new DynamicExcelColumn(w.Key) { Width = Math.Clamp(w.Value + 2, Narrowest, Widest) })],
        };
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly or DateTime => "2026-12-31",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The longest line's width in Excel's units: a digit or a Latin letter is one, a Chinese character two.</summary>
    private static double Units(string text) => text.Split('\n').Max(TextWidth.HalfUnits);
}

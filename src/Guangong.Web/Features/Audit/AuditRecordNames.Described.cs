using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Audit;

/// <summary>Records with no name column, called by what they are among their unit's: a choice, a year, a reporting period.</summary>
public sealed partial class AuditRecordNames
{
    /// <summary>Records named by a choice of their own (<see cref="NamedByChoice"/>) or their year: a few rows of one page, read whole.</summary>
    private async Task<Dictionary<long, string>> DescribedAsync<T>(List<long> ids, CancellationToken ct)
        where T : class
    {
        var rows = await db.Set<T>().AsNoTracking().Where(e => ids.Contains(EF.Property<long>(e, "Id"))).ToListAsync(ct);
        var choice = NamedByChoice.TryGetValue(typeof(T).Name, out var c) ? typeof(T).GetProperty(c) : null;
        var (key, year, month) = (typeof(T).GetProperty("Id")!, NamedByYear.Contains(typeof(T).Name) || NamedByPeriod.Contains(typeof(T).Name) ? typeof(T).GetProperty("Year") : null, typeof(T).GetProperty("Month"));
        var names = new Dictionary<long, string>();
        foreach (var row in rows)
        {
            var id = (long)key.GetValue(row)!;
            var text = NamedByPeriod.Contains(typeof(T).Name)
                ? PeriodText(typeof(T).GetProperty("Kind")?.GetValue(row)?.ToString(), year?.GetValue(row)?.ToString(), typeof(T).GetProperty("Number")?.GetValue(row)?.ToString())
                : choice?.GetValue(row) is Enum value ? Components.Shared.EnumText.NameOf(value.GetType(), value.ToString())
                : year?.GetValue(row) is int y ? YearText(y, month?.GetValue(row) as int?) : null;
            if (text is not null)
            {
                names[id] = text;
            }
        }

        return names;
    }

    private static string? PeriodText(string? kind, string? year, string? number) =>
        int.TryParse(year, CultureInfo.InvariantCulture, out var y) && int.TryParse(number, CultureInfo.InvariantCulture, out var n)
            ? kind switch
            {
                "Month" => string.Create(CultureInfo.InvariantCulture, $"{y}年{n}月"),
                "Quarter" => string.Create(CultureInfo.InvariantCulture, $"{y}年第{n}季度"),
                "Year" => string.Create(CultureInfo.InvariantCulture, $"{y}年度"),
                _ => null,
            }
            : null;

    private static string YearText(int year, int? month) =>
        month is >= 1 and <= 12 ? string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月") : string.Create(CultureInfo.InvariantCulture, $"{year}年度");
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Time;

/// <summary>The year a year view opens on, so it does not open empty in January or on records of past years.</summary>
public static class OpeningYear
{
    /// <summary>This year, or the latest year before it that has a record in <paramref name="records"/> (within the scope).</summary>
    public static async Task<int> LatestYearAsync<T>(this IQueryable<T> records, Expression<Func<T, DateOnly>> date, int thisYear, CancellationToken ct = default)
    {
        var endOfYear = new DateOnly(thisYear, 12, 31);
        var latest = await records.Select(date).Where(d => d <= endOfYear).MaxAsync(d => (DateOnly?)d, ct);
        return latest?.Year ?? thisYear;
    }
}

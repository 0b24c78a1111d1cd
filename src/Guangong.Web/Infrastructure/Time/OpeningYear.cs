using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Time;

/// <summary>The year a year view opens on, so it does not open empty in January or on records of past years.</summary>
public static class OpeningYear
{
    /// <summary>This year, or the latest year before it that has a record in <paramref name="records"/> (within the scope).</summary>
    public static async Task<int> LatestYearAsync<T>(this IQueryable<T> records, Expression<Func<T, DateOnly>> date, int thisYear, CancellationToken ct = default) =>
        (await records.LatestDateAsync(date, new DateOnly(thisYear, 12, 31), ct))?.Year ?? thisYear;

    /// <summary>The latest date of a record in <paramref name="records"/> (within the scope) up to <paramref name="until"/>; null when none.</summary>
    public static Task<DateOnly?> LatestDateAsync<T>(this IQueryable<T> records, Expression<Func<T, DateOnly>> date, DateOnly until, CancellationToken ct = default) =>
        // ORDER BY … DESC LIMIT 1 rather than MAX(): with a (date, path) index it reads from the end of the year
        // backwards and stops at the first row in the scope, instead of reading every row of the scope (issue 18.3).
        records.Select(date).Where(d => d <= until).OrderByDescending(d => d).Select(d => (DateOnly?)d).FirstOrDefaultAsync(ct);
}

using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Counts that stop past a bound: whether a scope's list fits a picker, or a figure the page reads as "1000+", is
/// answered by reading at most one row more than the bound, not by counting a province's every row.
/// </summary>
public static class BoundedCount
{
    /// <summary>The number of rows, up to <paramref name="bound"/> + 1.</summary>
    public static Task<int> CountUpToAsync<T>(this IQueryable<T> query, int bound, CancellationToken ct = default) =>
        query.Take(bound + 1).CountAsync(ct);

    /// <summary>Whether the query holds more than <paramref name="bound"/> rows.</summary>
    public static async Task<bool> HoldsMoreThanAsync<T>(this IQueryable<T> query, int bound, CancellationToken ct = default) =>
        await query.CountUpToAsync(bound, ct) > bound;
}

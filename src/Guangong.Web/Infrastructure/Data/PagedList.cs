using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// One page of a list. <see cref="Total"/> is exact up to <see cref="PagedListExtensions.CountLimit"/>; above it
/// the list says so (<see cref="IsCapped"/>) instead of counting a district's hundreds of thousands of rows on
/// every page view (issue 18.3): counting stops at the limit, so its cost does not grow with the data.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool IsCapped = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>"123" or "10000+" when counting stopped at the limit.</summary>
    public string TotalText => IsCapped ? $"{Total}+" : Total.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string PageCountText => IsCapped ? $"{PageCount}+" : PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a printed page adds after its count ("，这是第 2 页，共 5 页"): paper has no pager to say it. Empty for one page.</summary>
    public string PrintedPageText => PageCount > 1 ? $"，这是第 {Page} 页，共 {PageCountText} 页" : string.Empty;

    /// <summary>The same page (total, number, size, cap) holding other items: the rows read or built for the ids or keys paged.</summary>
    public PagedList<TOther> With<TOther>(IReadOnlyList<TOther> items) => new(items, Total, Page, PageSize, IsCapped);

    /// <summary>A page of ids as the rows read for them, in the ids' order (a row gone since is left out).</summary>
    public PagedList<TOther> InOrderOf<TOther>(IReadOnlyDictionary<T, TOther> rows) =>
        With<TOther>([.. Items.Where(rows.ContainsKey).Select(id => rows[id])]);
}

public static class PagedListExtensions
{
    public const int DefaultPageSize = 20;

    /// <summary>Rows counted at most; a list with more shows "10000+" and its first 10,000 rows' pages (filters narrow it).</summary>
    public const int CountLimit = 10_000;

    /// <summary>Clamps the page into range, so a hand-edited ?page=99999 or ?page=-1 shows the nearest page.</summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize = DefaultPageSize, CancellationToken ct = default) =>
        query.ToPagedListAsync(_ => query, page, pageSize, ct);

    /// <summary>
    /// Counts <paramref name="query"/> (up to the limit) and reads the page from the query <paramref name="byCount"/> gives
    /// for that count: the same rows in the same order by the plan the list's size suits (a large scope walks an index in
    /// the list's order and stops after the page, which would be the slow way to count it).
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, Func<int, IQueryable<T>> byCount, int page, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 200);
        var counted = await query.Provider.CreateQuery<T>(new OrderingRemover().Visit(query.Expression)).Take(CountLimit + 1).CountAsync(ct);
        var capped = counted > CountLimit;
        var total = Math.Min(counted, CountLimit);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await byCount(total).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, total, page, pageSize, capped);
    }

    /// <summary>Drops OrderBy/ThenBy from a query counted under a limit: a sort before LIMIT would read every row.</summary>
    private sealed class OrderingRemover : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(Queryable) && node.Method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending)
                or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
                ? Visit(node.Arguments[0])
                : base.VisitMethodCall(node);
    }
}

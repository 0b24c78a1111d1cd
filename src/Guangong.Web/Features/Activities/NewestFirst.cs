using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// A page of activities newest first, as ids, by the plan that suits the scope's size (issue 18.3). A scope of a few
/// dozen activities in a county of hundreds of thousands (the demo's 郑陆 beside 20 generated towns) is found faster by
/// its (path, date) range and a small sort than by reading the date index backwards, which skips through the whole
/// county's dates (SQLite takes that index whenever it saves a sort). A large scope, a district or a busy town, is read
/// by date and stops after the page. Which one is probed through the path index, reading at most SmallScope + 1
/// entries; ordering by an expression over the date keeps the date index out.
/// </summary>
public static class NewestFirst
{
    /// <summary>Up to this many activities a list is sorted from its path range.</summary>
    private const int SmallScope = 2_000;

    public static async Task<PagedList<long>> PageIdsAsync(IQueryable<Activity> query, int page, int pageSize, CancellationToken ct = default) =>
        await (await OrderedAsync(query, ct)).Select(a => a.Id).ToPagedListAsync(page, pageSize, ct);

    /// <summary>The activities newest first (by date, then id), ordered so the plan suits the scope's size.</summary>
    public static async Task<IOrderedQueryable<Activity>> OrderedAsync(IQueryable<Activity> query, CancellationToken ct = default)
    {
        var small = !await query.OrderBy(a => a.UnitPath).Select(a => a.Id).Skip(SmallScope).AnyAsync(ct);
        return small
            ? query.OrderByDescending(a => a.Date.AddDays(0)).ThenByDescending(a => a.Id)
            : query.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id);
    }
}

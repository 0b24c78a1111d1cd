using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// A page of activities newest first, as ids, by the plan that suits the scope's size (issue 18.3). A scope of a few
/// dozen activities in a county of hundreds of thousands (the demo's 郑陆 beside 20 generated towns) is found faster by
/// its (path, date) range and a small sort than by reading the date index backwards, which skips through the whole
/// county's dates (SQLite takes that index whenever it saves a sort). A large scope, a district or a busy town, is read
/// by date and stops after the page. A page decides by the list's count (capped, through the path index), which it takes
/// anyway; a read without a count probes the path index for SmallScope + 1 entries. Ordering by an expression over the
/// date keeps the date index out.
/// </summary>
public static class NewestFirst
{
    /// <summary>Up to this many activities a list is sorted from its path range.</summary>
    private const int SmallScope = 2_000;

    /// <summary>A page of <paramref name="query"/>'s ids newest first, a large list ordered by the plan the planner picks.</summary>
    public static Task<PagedList<long>> PageIdsAsync(IQueryable<Activity> query, int page, int pageSize, CancellationToken ct = default) =>
        PageIdsAsync(query, null, page, pageSize, ct);

    /// <summary>
    /// A page of the ids of <paramref name="shape"/> applied to the activities; a large list reads the same rows by the date
    /// index (<see cref="IndexHint"/>). Without it SQLite took the path range for a small slice and sorted a district's (or a
    /// chosen busy town's 27,000) activities to show 20. Counted by the plain query either way.
    /// </summary>
    public static Task<PagedList<long>> PageIdsAsync(GuangongDbContext db, Func<IQueryable<Activity>, IQueryable<Activity>> shape, int page, int pageSize, CancellationToken ct = default) =>
        PageIdsAsync(shape(db.Activities), () => shape(ByDate(db)), page, pageSize, ct);

    /// <summary>The activities of <paramref name="shape"/> newest first (by date, then id), ordered so the plan suits the scope's size.</summary>
    public static async Task<IOrderedQueryable<Activity>> OrderedAsync(GuangongDbContext db, Func<IQueryable<Activity>, IQueryable<Activity>> shape, CancellationToken ct = default)
    {
        var query = shape(db.Activities);
        return Newest(!await query.OrderBy(a => a.UnitPath).Select(a => a.Id).Skip(SmallScope).AnyAsync(ct), query, () => shape(ByDate(db)));
    }

    private static Task<PagedList<long>> PageIdsAsync(IQueryable<Activity> query, Func<IQueryable<Activity>>? byDate, int page, int pageSize, CancellationToken ct) =>
        query.Select(a => a.Id).ToPagedListAsync(count => Newest(count <= SmallScope, query, byDate).Select(a => a.Id), page, pageSize, ct);

    /// <summary>The activities read by the date index (on SQLite), for a large list newest first.</summary>
    private static IQueryable<Activity> ByDate(GuangongDbContext db) =>
        db.ByIndex<Activity>(nameof(Activity.Date), nameof(Activity.UnitPath), nameof(Activity.Status));

    private static IOrderedQueryable<Activity> Newest(bool small, IQueryable<Activity> query, Func<IQueryable<Activity>>? byDate) => small
        ? query.OrderByDescending(a => a.Date.AddDays(0)).ThenByDescending(a => a.Id)
        : (byDate?.Invoke() ?? query).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id);
}

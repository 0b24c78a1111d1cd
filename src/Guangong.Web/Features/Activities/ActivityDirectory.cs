using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>Reads activities: the filtered list, one activity with its volunteers and files, the month calendar.</summary>
public sealed class ActivityDirectory(GuangongDbContext db, CurrentUser me, People.TownVolunteers townVolunteers, Organization.TownNamedUnits townNames)
{
    /// <summary>The filter's activities, newest first (at most <paramref name="most"/>), their units named for the reader.</summary>
    public async Task<IReadOnlyList<ActivityRow>> ListAsync(ActivityFilter filter, int? most = null, CancellationToken ct = default)
    {
        var query = Rows((await FilterAsync(filter, ct)).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id));
        var rows = await (most is { } take ? query.Take(take) : query).ToListAsync(ct);
        var named = await townNames.ForAsync(rows.Select(r => r.UnitPath), ct);
        return [.. rows.Select(r => r with { UnitName = named(r.UnitPath, r.UnitName) })];
    }

    /// <summary>
    /// One page of the list in two steps: the page's ids first (<see cref="NewestFirst"/>: stopping after the page however
    /// large the scope), then those rows with their unit and file count. One query asking for the whole rows makes SQLite
    /// sort a district's every activity instead (issue 18.3).
    /// </summary>
    public async Task<PagedList<ActivityRow>> PageAsync(ActivityFilter filter, int page, CancellationToken ct = default)
    {
        var path = await UnitPathAsync(filter, ct);
        var ids = await NewestFirst.PageIdsAsync(db, activities => Filter(activities, filter, path), page, PagedListExtensions.DefaultPageSize, ct);
        var rows = await Rows(db.Activities.AsNoTracking().Where(a => ids.Items.Contains(a.Id))).ToListAsync(ct);
        var named = await townNames.ForAsync(rows.Select(r => r.UnitPath), ct);
        return ids.InOrderOf(rows.ToDictionary(r => r.Id, r => r with { UnitName = named(r.UnitPath, r.UnitName) }));
    }

    private static IQueryable<ActivityRow> Rows(IQueryable<Activity> query) =>
        query.Select(a => new ActivityRow(a.Id, a.Title, a.Category, a.Status, a.Date, a.StartTime, a.Place, a.Unit!.Name, a.UnitId, a.YouthReached,
            a.VolunteerCount, a.Files.Count, a.UnitPath));

    public async Task<IQueryable<Activity>> FilterAsync(ActivityFilter filter, CancellationToken ct = default) =>
        Filter(db.Activities, filter, await UnitPathAsync(filter, ct));

    private async Task<string?> UnitPathAsync(ActivityFilter filter, CancellationToken ct) =>
        filter.UnitId is { } unitId ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "?" : null;

    private IQueryable<Activity> Filter(IQueryable<Activity> source, ActivityFilter filter, string? unitPath)
    {
        var query = source.AsNoTracking();
        if (unitPath is not null)
        {
            query = query.InSubtree(unitPath, db.Scope);
        }

        // Drafts are their author's own until saved for real.
        query = filter.StatusValue is { } status
            ? query.Where(a => a.Status == status)
            : query.Where(a => a.Status != ActivityStatus.Draft);
        if (filter.StatusValue == ActivityStatus.Draft)
        {
            query = query.Where(a => a.CreatedByUserId == me.UserId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(a => a.Category == filter.Category);
        }

        if (filter.FromDate is { } from)
        {
            query = query.Where(a => a.Date >= from);
        }

        if (filter.ToDate is { } until)
        {
            query = query.Where(a => a.Date <= until);
        }

        if (filter.VolunteerId is { } volunteerId)
        {
            query = query.Where(a => db.ServiceHourEntries.Any(e => e.ActivityId == a.Id && e.VolunteerId == volunteerId));
        }

        if (filter.TaskId is { } taskId)
        {
            query = query.Where(a => a.PlanTaskId == taskId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(a => a.Title.Contains(q) || (a.Place != null && a.Place.Contains(q)) || (a.Theme != null && a.Theme.Contains(q)));
        }

        return query;
    }

    public async Task<ActivityDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        // The record's own unit lies in the scope, so no door out of it is needed; a venue outside the
        // viewer's scope (chosen by an upper-level recorder) is not named to them: both names read through the scope.
        var head = await db.FindInScopeAsync(id, (Activity a) => new
        {
            Activity = a,
            UnitName = db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
            Venue = db.Units.Where(u => u.Id == a.VenueUnitId).Select(u => new { u.Name, u.Path }).FirstOrDefault(),
        }, ct);
        var activity = head?.Activity;
        if (activity is null || (activity.Status == ActivityStatus.Draft && activity.CreatedByUserId != me.UserId && !me.IsAdministrator))
        {
            return null;
        }

        var (unitName, venue) = (head!.UnitName ?? string.Empty, head.Venue);

        // Photos show children, and the served list names other volunteers with their hours: a volunteer
        // or correspondent account sees the activity and its own service, as its pages show it, no more.
        var seesPeople = me.Can(Policies.CanReadRoster);
        var fileList = seesPeople
            ? await db.ActivityFiles.AsNoTracking().Where(f => f.ActivityId == id).OrderBy(f => f.Id).ToListAsync(ct)
            : [];
        // The lines are the activity's; who served may be a volunteer of another unit of the town, named
        // through its one door, so no line is lost to a join through the volunteer's own scope.
        var lines = await db.ServiceHourEntries.AsNoTracking()
            .Where(e => e.ActivityId == id && (seesPeople || db.Volunteers.Any(v => v.Id == e.VolunteerId && v.UserId == me.UserId && me.UserId != 0)))
            .OrderBy(e => e.Id).ToListAsync(ct);
        var people = await townVolunteers.NamesAsync(lines.Select(l => l.VolunteerId).Distinct().ToList(), ct);
        var named = await townNames.ForAsync(people.Values.Select(p => p.UnitPath).Append(activity.UnitPath).Concat(venue is null ? [] : [venue.Path]), ct);
        var ledger = lines.Select(l => new LedgerLine(l.Id, l.VolunteerId, people.GetValueOrDefault(l.VolunteerId)?.Name ?? "（外单位五老）", l.Hours, l.Verified, l.OnBehalf, l.Reason, l.EnteredByName, l.CreatedUtc, l.CheckInUtc, l.CheckOutUtc)).ToList();
        var served = ledger.GroupBy(l => new { l.VolunteerId, l.VolunteerName })
            .Select(g => new ServedLine(g.Key.VolunteerId, g.Key.VolunteerName, people.GetValueOrDefault(g.Key.VolunteerId)?.InScope == true, g.Sum(l => l.Hours), g.Any(l => l.Verified && l.Hours > 0), g.Any(l => l.CheckInUtc != null && l.CheckOutUtc == null) && !g.Any(l => l.CheckOutUtc != null),
                people.GetValueOrDefault(g.Key.VolunteerId) is { } p && p.UnitPath != activity.UnitPath ? named(p.UnitPath, p.UnitName) : null))
            .Where(s => s.Hours != 0 || s.CheckedInOnly)
            .OrderBy(s => s.Name).ToList();
        if (seesPeople && (activity.YouthReached > 0 || fileList.Count > 0))
        {
            await db.AuditViewAsync(nameof(Activity), id, $"查看活动记录（青少年{activity.YouthReached}人，照片和文件{fileList.Count}个）", activity.UnitPath, ct);
        }

        return new ActivityDetail(activity, named(activity.UnitPath, unitName), venue is null ? null : named(venue.Path, venue.Name), fileList, served, ledger);
    }

    /// <summary>
    /// The category offered first on a new activity: the one this user recorded last; on their first activity the
    /// one their unit records most, else their town (only the categories' counts are read across the town).
    /// </summary>
    /// <remarks>
    /// The recorder's own latest is read by their (user, id) index: SQLite took a district's path range for a small slice
    /// and sorted the county's 550,000 activities to find that an officer who records none had none (0.2 s a new form).
    /// </remarks>
    public async Task<string?> DefaultCategoryAsync(CancellationToken ct = default) =>
        await db.ByIndex<Activity>(nameof(Activity.CreatedByUserId), nameof(Activity.Id)).AsNoTracking().Where(a => a.CreatedByUserId == me.UserId && a.Category != "")
            .OrderByDescending(a => a.Id).Select(a => a.Category).FirstOrDefaultAsync(ct)
        ?? await MostRecordedAsync(activities => activities, ct)
        ?? await TownsMostRecordedAsync(ct);

    private async Task<string?> TownsMostRecordedAsync(CancellationToken ct)
    {
        if (await townVolunteers.TownPathAsync(ct) is not { } town)
        {
            return null;
        }

        using var door = db.Scope.ReadOutside(OutsideReasons.TownCategories);
        return await MostRecordedAsync(activities => activities.InSubtree(town, db.Scope), ct);
    }

    /// <summary>
    /// The category most recorded among the latest activities: a province's 1.8 million were grouped for every new form
    /// of an officer who had recorded none (0.4 s), and what a unit records lately is the better guess anyway.
    /// </summary>
    private async Task<string?> MostRecordedAsync(Func<IQueryable<Activity>, IQueryable<Activity>> narrow, CancellationToken ct) =>
        await (await NewestFirst.OrderedAsync(db, activities => Recorded(narrow(activities)), ct)).Take(LatestCounted)
            .GroupBy(a => a.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync(ct);

    private const int LatestCounted = 500;

    private static IQueryable<Activity> Recorded(IQueryable<Activity> source) => source.AsNoTracking().Where(a => a.Category != "");

    /// <summary>
    /// A month for the calendar: how many activities each day holds and the latest recorded <see cref="ActivityMonth.ShownPerDay"/>
    /// of each. The month's ids and dates come from the date index alone; only the shown rows are read whole: a district's
    /// month is some 15,000 activities (a page of 1.7 MB that no one could read, 0.13 s at the county).
    /// </summary>
    public async Task<ActivityMonth> MonthAsync(int year, int month, ActivityFilter filter, CancellationToken ct = default)
    {
        var first = new DateOnly(year, month, 1);
        var days = await (await FilterAsync(filter with { From = first.ToString("yyyy-MM-dd"), To = first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd") }, ct))
            .Select(a => new { a.Id, a.Date }).ToListAsync(ct);
        var byDay = days.GroupBy(a => a.Date).ToList();
        var shown = byDay.SelectMany(d => d.OrderByDescending(a => a.Id).Take(ActivityMonth.ShownPerDay)).Select(a => a.Id).ToList();
        var rows = await Rows(db.Activities.AsNoTracking().Where(a => shown.Contains(a.Id))).ToListAsync(ct);
        var named = await townNames.ForAsync(rows.Select(r => r.UnitPath), ct);
        return new ActivityMonth(byDay.ToDictionary(d => d.Key, d => d.Count()), [.. rows.OrderBy(r => r.Date).ThenByDescending(r => r.Id).Select(r => r with { UnitName = named(r.UnitPath, r.UnitName) })]);
    }
}

/// <summary>A calendar month: each day's count of activities and the rows shown (the latest few of each day).</summary>
public sealed record ActivityMonth(IReadOnlyDictionary<DateOnly, int> PerDay, IReadOnlyList<ActivityRow> Shown)
{
    /// <summary>What fits a day's cell on a desk and stays a short list on a phone; the rest are a link to the day's list.</summary>
    public const int ShownPerDay = 5;

    public int Total => PerDay.Values.Sum();

    public int On(DateOnly day) => PerDay.GetValueOrDefault(day);
}

public sealed record LedgerLine(long Id, long VolunteerId, string VolunteerName, decimal Hours, bool Verified, bool OnBehalf, string? Reason, string EnteredBy, DateTime CreatedUtc, DateTime? CheckInUtc, DateTime? CheckOutUtc);

/// <param name="FromUnit">The volunteer's own unit when it is not the activity's (a town volunteer serving at a school), else null.</param>
public sealed record ServedLine(long VolunteerId, string Name, bool CanOpen, decimal Hours, bool Verified, bool CheckedInOnly, string? FromUnit);

public sealed record ActivityDetail(Activity Activity, string UnitName, string? VenueName, IReadOnlyList<ActivityFile> Files, IReadOnlyList<ServedLine> Served, IReadOnlyList<LedgerLine> Ledger);

using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Stations;

/// <summary>The list's query string: a unit's subtree, a stage, only those without recent activity, the page.</summary>
public sealed record StationFilter(long? Unit = null, StationStage? Stage = null, bool Inactive = false, int Page = 1)
{
    /// <summary>From the query string as typed: an unknown stage or page is no filter (the first page).</summary>
    public static StationFilter From(string? unit, string? stage, string? inactive, string? page) => new(
        Components.Shared.QueryValue.Long(unit),
        Enum.GetNames<StationStage>().FirstOrDefault(n => n.Equals(stage?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<StationStage>(name) : null,
        Components.Shared.QueryValue.Flag(inactive),
        Components.Shared.QueryValue.Page(page));
}

/// <summary>
/// The station registry as a list: a page of stations in their units' tree order, and the overview of the scope (or a
/// unit's subtree) counted by the database. Every village may host a station (郑陆 三.2), so a city holds a thousand and a
/// province tens of thousands; the list read and rendered them all, each with its honours, assessment and latest activity.
/// </summary>
public sealed class StationList(GuangongDbContext db, StationDirectory stations, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, AssessmentDirectory assessments)
{
    public const int PageSize = 20;

    /// <summary>Past this many, the creating stations still short of the mark are counted and linked, not listed above the list.</summary>
    public const int MostReminders = 10;

    /// <summary>The page's list and its overview, the rows of both (a town's page lists its reminders' stations too) read together.</summary>
    public async Task<(PagedList<StationRow> Rows, StationOverview Overview)> ReadAsync(StationFilter filter, CancellationToken ct = default)
    {
        if (await InUnitAsync(filter.Unit, ct) is not { } stationsOfUnit)
        {
            return (Empty, StationOverview.Empty);
        }

        var keys = await PageKeysAsync(Narrowed(stationsOfUnit, filter), filter.Page, ct);
        var (overview, reminders) = await CountAsync(stationsOfUnit, ct);
        var rows = (await RowsAsync([.. keys.Items.Union(reminders)], ct)).ToDictionary(r => r.Station.Id);
        return (keys.InOrderOf(rows), overview with { CreatingWithGaps = [.. reminders.Where(rows.ContainsKey).Select(id => rows[id])] });
    }

    /// <summary>The page alone (the API's answer).</summary>
    public async Task<PagedList<StationRow>> PageAsync(StationFilter filter, CancellationToken ct = default)
    {
        if (await InUnitAsync(filter.Unit, ct) is not { } stationsOfUnit)
        {
            return Empty;
        }

        var keys = await PageKeysAsync(Narrowed(stationsOfUnit, filter), filter.Page, ct);
        return keys.With(await RowsAsync(keys.Items, ct));
    }

    private static PagedList<StationRow> Empty => new([], 0, 1, PageSize);

    /// <summary>
    /// The ids of the page's stations. Only the keys are read for the order: the tree's order comes from the units' sort
    /// orders and names, which the database cannot sort by; the page's rows are read whole after.
    /// </summary>
    private async Task<PagedList<long>> PageKeysAsync(IQueryable<Station> q, int page, CancellationToken ct)
    {
        var keys = await treeOrder.SortAsync(await q.OrderBy(s => s.Name).Select(s => new { s.Id, s.UnitPath }).ToListAsync(ct), k => k.UnitPath, ct);
        var pages = Math.Max(1, (keys.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        return new PagedList<long>([.. keys.Skip((page - 1) * PageSize).Take(PageSize).Select(k => k.Id)], keys.Count, page, PageSize);
    }

    /// <summary>
    /// The overview's counts of <paramref name="q"/> (the unit's stations, whatever stage is shown), and the ids of the
    /// creating stations short of the mark while few enough to list (in tree order).
    /// </summary>
    private async Task<(StationOverview Overview, IReadOnlyList<long> Reminders)> CountAsync(IQueryable<Station> q, CancellationToken ct)
    {
        var byStage = (await q.GroupBy(s => s.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Count);
        // A station's honour is its latest not lost, 市优 before 区优 in one year (StationDirectory.CurrentHonour).
        var byHonour = (await q.Select(s => s.Honours.Where(h => !h.Lost).OrderByDescending(h => h.Year).ThenByDescending(h => h.Title == "市优").Select(h => h.Title).FirstOrDefault())
                .Where(t => t != null).GroupBy(t => t).Select(g => new { Title = g.Key!, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Title, g => g.Count);
        var year = stations.Today.Year;
        var shortOfMark = q.Where(s => s.Stage == StationStage.Creating && !db.Assessments.Any(a => a.Program == ProgramKind.Station && a.SubjectId == s.Id && a.Year == year
            && a.Scores.All(x => (x.ReviewScore ?? x.SelfScore ?? 0) >= x.MaxPoints)));
        // The first few read: a town's are all of them; past the bound they are counted instead.
        var few = await shortOfMark.OrderBy(s => s.Name).Select(s => new { s.Id, s.UnitPath }).Take(MostReminders + 1).ToListAsync(ct);
        var reminders = few.Count <= MostReminders ? (await treeOrder.SortAsync(few, k => k.UnitPath, ct)).Select(k => k.Id).ToList() : [];
        var overview = new StationOverview(
            Enum.GetValues<StationStage>().ToDictionary(st => st, st => byStage.GetValueOrDefault(st)),
            StationCommands.HonourTitles.ToDictionary(t => t, t => byHonour.GetValueOrDefault(t)),
            [],
            few.Count <= MostReminders ? few.Count : await shortOfMark.CountAsync(ct),
            await stations.Inactive(q).CountAsync(ct));
        return (overview, reminders);
    }

    /// <summary>The stations of the scope, or of the unit filtered by; null when that unit is not in the scope.</summary>
    private async Task<IQueryable<Station>?> InUnitAsync(long? unit, CancellationToken ct)
    {
        var q = db.Stations.AsNoTracking();
        if (unit is not { } id)
        {
            return q;
        }

        var path = await db.Units.Where(x => x.Id == id).Select(x => x.Path).SingleOrDefaultAsync(ct);
        return path is null ? null : q.Where(s => s.UnitPath.StartsWith(path));
    }

    /// <summary>The stage and the quiet ones the list is narrowed to.</summary>
    private IQueryable<Station> Narrowed(IQueryable<Station> q, StationFilter filter)
    {
        if (filter.Stage is { } stage)
        {
            q = q.Where(s => s.Stage == stage);
        }

        return filter.Inactive ? stations.Inactive(q) : q;
    }

    /// <summary>The rows of <paramref name="ids"/>, in that order, with their honours, latest activity, this year's assessment and town-named unit.</summary>
    private async Task<IReadOnlyList<StationRow>> RowsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var read = await db.Stations.AsNoTracking().Include(s => s.Honours).Include(s => s.Unit).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var shown = ids.Where(read.ContainsKey).Select(id => read[id]).ToList();
        var last = await stations.LastActivityAsync(ids, ct);
        var thisYear = await assessments.ThisYearAsync(ProgramKind.Station, stations.Today.Year, ids, ct);
        var named = await townNames.ForAsync(shown.Select(s => s.UnitPath), ct);
        return [.. shown.Select(s =>
        {
            var lastActivity = last.GetValueOrDefault(s.Id);
            var assessed = thisYear.TryGetValue(s.Id, out var t) ? t : default((long Id, int Gaps, decimal Total, string? Level, AssessmentStatus Status)?);
            return new StationRow(s, named(s.UnitPath, s.Unit!.Name), lastActivity, stations.IsInactive(s, lastActivity), StationDirectory.CurrentHonour(s), assessed?.Id, assessed?.Gaps,
                assessed is { } a ? Assessments.Scoring.Standing(a.Status, a.Total, a.Level) : null);
        })];
    }
}

using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Features.Stations;

/// <summary>How long a station may go without an activity before it is flagged (Stations:InactiveDays).</summary>
public sealed class StationOptions
{
    public int InactiveDays { get; set; } = 60;
}

/// <summary>Reads the station registry in the scope: the list with last activity and this year's assessment, one station, the town's overview.</summary>
public sealed class StationDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, AssessmentDirectory assessments, IOptions<StationOptions> options, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public int InactiveDays => options.Value.InactiveDays;

    public async Task<IReadOnlyList<StationRow>> ListAsync(long? unitId = null, CancellationToken ct = default)
    {
        var q = db.Stations.AsNoTracking();
        if (unitId is { } u)
        {
            var path = await db.Units.Where(x => x.Id == u).Select(x => x.Path).SingleOrDefaultAsync(ct);
            if (path is null)
            {
                return [];
            }

            q = q.Where(s => s.UnitPath.StartsWith(path));
        }

        var stations = await treeOrder.SortAsync(await q.Include(s => s.Honours).Include(s => s.Unit).OrderBy(s => s.Name).ToListAsync(ct), s => s.UnitPath, ct);
        var last = await LastActivityAsync([.. stations.Select(s => s.UnitId).Distinct()], ct);
        var thisYear = await assessments.ThisYearAsync(ProgramKind.Station, Today.Year, ct);
        var named = await townNames.ForAsync(stations.Select(s => s.UnitPath), ct);
        return stations.Select(s =>
        {
            var lastActivity = last.GetValueOrDefault(s.UnitId);
            var assessed = thisYear.TryGetValue(s.Id, out var t) ? t : default((long Id, int Gaps, decimal Total, string? Level, AssessmentStatus Status)?);
            return new StationRow(s, named(s.UnitPath, s.Unit!.Name), lastActivity, IsInactive(s, lastActivity), CurrentHonour(s), assessed?.Id, assessed?.Gaps, assessed?.Total, assessed?.Level);
        }).ToList();
    }

    /// <summary>
    /// The date of the latest activity held by each of <paramref name="hosts"/> or at it as the venue, worked out in the
    /// database: a village hosting a station records thousands of activities over the years, and reading them all to take
    /// the latest made the list (and the start page's to-do) grow with the records.
    /// </summary>
    private async Task<Dictionary<long, DateOnly?>> LastActivityAsync(List<long> hosts, CancellationToken ct)
    {
        if (hosts.Count == 0)
        {
            // No list to look up: a hinted index with nothing to find is no plan SQLite can run.
            return [];
        }

        // By the units' own indexes: SQLite would take the scope's path range and read the district's every activity.
        var held = await db.ByIndex<Activities.Activity>(nameof(Activities.Activity.UnitId)).AsNoTracking().Where(a => hosts.Contains(a.UnitId))
            .GroupBy(a => a.UnitId).Select(g => new { Unit = g.Key, Last = g.Max(a => a.Date) }).ToListAsync(ct);
        var visited = await db.ByIndex<Activities.Activity>(nameof(Activities.Activity.VenueUnitId)).AsNoTracking().Where(a => a.VenueUnitId != null && hosts.Contains(a.VenueUnitId.Value))
            .GroupBy(a => a.VenueUnitId!.Value).Select(g => new { Unit = g.Key, Last = g.Max(a => a.Date) }).ToListAsync(ct);
        return held.Concat(visited).GroupBy(x => x.Unit).ToDictionary(g => g.Key, g => (DateOnly?)g.Max(x => x.Last));
    }

    /// <summary>Stations of the scope without an activity for <see cref="InactiveDays"/> days: the home page's to-do.</summary>
    /// <remarks>Only the stations that should be running and their hosts' latest dates are read, not the list's honours, assessments and names.</remarks>
    public async Task<int> InactiveCountAsync(CancellationToken ct = default)
    {
        var running = await db.Stations.AsNoTracking().Where(s => s.Stage != StationStage.Planned).Select(s => new { s.UnitId, s.Stage }).ToListAsync(ct);
        var last = await LastActivityAsync([.. running.Select(s => s.UnitId).Distinct()], ct);
        return running.Count(s => IsInactive(s.Stage, last.GetValueOrDefault(s.UnitId)));
    }

    /// <summary>No activity in the last <see cref="InactiveDays"/> days: only for stations that should be running.</summary>
    public bool IsInactive(Station s, DateOnly? last) => IsInactive(s.Stage, last);

    private bool IsInactive(StationStage stage, DateOnly? last) =>
        stage != StationStage.Planned && (last is null || last.Value.AddDays(InactiveDays) < Today);

    /// <summary>The latest honour not lost, the highest of that year.</summary>
    public static string? CurrentHonour(Station s) =>
        s.Honours.Where(h => !h.Lost).OrderByDescending(h => h.Year).ThenByDescending(h => h.Title == "市优").Select(h => h.Title).FirstOrDefault();

    public async Task<StationDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        var s = await db.Stations.AsNoTracking().Include(x => x.Honours).Include(x => x.Unit).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return null;
        }

        var log = await db.Activities.AsNoTracking()
            .Where(a => a.UnitId == s.UnitId || a.VenueUnitId == s.UnitId)
            .OrderByDescending(a => a.Date).Take(50)
            .Select(a => new StationActivity(a.Id, a.Date, a.Title, a.Category, a.YouthReached, a.Files.Count)).ToListAsync(ct);
        var history = await assessments.HistoryAsync(ProgramKind.Station, s.Id, ct);
        var last = log.Count == 0 ? (DateOnly?)null : log[0].Date;
        return new StationDetail(s, log, last, IsInactive(s, last), history);
    }

    /// <summary>The town's overview: stations by stage and by honour, and the 创建中 ones that still fall short this year.</summary>
    public static StationOverview Overview(IReadOnlyList<StationRow> rows)
    {
        var byStage = Enum.GetValues<StationStage>().ToDictionary(st => st, st => rows.Count(r => r.Station.Stage == st));
        var byHonour = StationCommands.HonourTitles.ToDictionary(t => t, t => rows.Count(r => r.Honour == t));
        var creatingWithGaps = rows.Where(r => r.Station.Stage == StationStage.Creating && (r.AssessmentId is null || r.Gaps > 0)).ToList();
        return new StationOverview(byStage, byHonour, rows.Count(r => r.Honour is null), creatingWithGaps, rows.Count(r => r.Inactive));
    }
}

public sealed record StationRow(Station Station, string UnitName, DateOnly? LastActivity, bool Inactive, string? Honour, long? AssessmentId, int? Gaps, decimal? Total, string? Level);

public sealed record StationActivity(long Id, DateOnly Date, string Title, string Category, int YouthReached, int Files);

public sealed record StationDetail(Station Station, IReadOnlyList<StationActivity> Log, DateOnly? LastActivity, bool Inactive, SubjectHistory History);

public sealed record StationOverview(Dictionary<StationStage, int> ByStage, Dictionary<string, int> ByHonour, int WithoutHonour, IReadOnlyList<StationRow> CreatingWithGaps, int Inactive);

/// <summary>Tells the assessment engine about stations.</summary>
public sealed class StationSubjects(GuangongDbContext db) : IAssessmentSubjects
{
    public ProgramKind Program => ProgramKind.Station;

    public async Task<AssessmentSubject?> FindAsync(long subjectId, CancellationToken ct) =>
        await db.Stations.AsNoTracking().Where(s => s.Id == subjectId).Select(s => new AssessmentSubject(s.Id, s.Name, s.UnitId)).SingleOrDefaultAsync(ct);
}

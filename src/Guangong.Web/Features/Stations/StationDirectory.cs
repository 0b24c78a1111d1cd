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

/// <summary>Reads one station of the scope with its log and years, and tells which stations have gone quiet (the list is <see cref="StationList"/>).</summary>
public sealed class StationDirectory(GuangongDbContext db, AssessmentDirectory assessments, IOptions<StationOptions> options, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public int InactiveDays => options.Value.InactiveDays;

    /// <summary>
    /// The date of the latest activity held by each of <paramref name="ids"/>' hosts or at it as the venue, by station: a
    /// page's stations. Asked station by station (a seek to the end of the host's entries in the (path, date) index):
    /// grouping the hosts' activities read every activity of the scope's path range on SQLite, and their rows to group
    /// them by unit, which grew with the records.
    /// </summary>
    internal async Task<Dictionary<long, DateOnly?>> LastActivityAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        (await db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                Held = db.Activities.Where(a => a.UnitPath == s.UnitPath).Max(a => (DateOnly?)a.Date),
                Hosted = db.Activities.Where(a => a.VenueUnitId == s.UnitId).Max(a => (DateOnly?)a.Date),
            })
            .ToListAsync(ct))
        .ToDictionary(x => x.Id, x => x.Held > x.Hosted || x.Hosted is null ? x.Held : x.Hosted);

    /// <summary>
    /// Those of <paramref name="stations"/> that should be running and had no activity, held or hosted, in the last
    /// <see cref="InactiveDays"/> days: asked of the database station by station (an index seek each), so neither the
    /// count nor the filter reads a host's activities.
    /// </summary>
    public IQueryable<Station> Inactive(IQueryable<Station> stations)
    {
        var since = Today.AddDays(-InactiveDays);
        return stations.Where(s => s.Stage != StationStage.Planned
            && !db.Activities.Any(a => a.UnitPath == s.UnitPath && a.Date >= since)
            && !db.Activities.Any(a => a.VenueUnitId == s.UnitId && a.Date >= since));
    }

    /// <summary>Stations of the scope without an activity for <see cref="InactiveDays"/> days: the home page's to-do.</summary>
    public Task<int> InactiveCountAsync(CancellationToken ct = default) => Inactive(db.Stations.AsNoTracking()).CountAsync(ct);

    /// <summary>No activity in the last <see cref="InactiveDays"/> days: only for stations that should be running.</summary>
    public bool IsInactive(Station s, DateOnly? last) =>
        s.Stage != StationStage.Planned && (last is null || last.Value.AddDays(InactiveDays) < Today);

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
}

/// <param name="Standing">This year's assessment as the list names it (<see cref="Assessments.Scoring.Standing"/>).</param>
public sealed record StationRow(Station Station, string UnitName, DateOnly? LastActivity, bool Inactive, string? Honour, long? AssessmentId, int? Gaps, string? Standing);

public sealed record StationActivity(long Id, DateOnly Date, string Title, string Category, int YouthReached, int Files);

public sealed record StationDetail(Station Station, IReadOnlyList<StationActivity> Log, DateOnly? LastActivity, bool Inactive, SubjectHistory History);

/// <summary>
/// The list's tiles: stations by stage and by honour, the creating ones still short of the mark this year (listed while
/// few: <see cref="StationList.MostReminders"/>), and those without recent activity.
/// </summary>
public sealed record StationOverview(Dictionary<StationStage, int> ByStage, Dictionary<string, int> ByHonour, IReadOnlyList<StationRow> CreatingWithGaps, int CreatingWithGapsCount, int Inactive)
{
    public static StationOverview Empty { get; } = new(
        Enum.GetValues<StationStage>().ToDictionary(st => st, _ => 0), StationCommands.HonourTitles.ToDictionary(t => t, _ => 0), [], 0, 0);
}

/// <summary>Tells the assessment engine about stations.</summary>
public sealed class StationSubjects(GuangongDbContext db) : IAssessmentSubjects
{
    public ProgramKind Program => ProgramKind.Station;

    public async Task<AssessmentSubject?> FindAsync(long subjectId, CancellationToken ct) =>
        await db.Stations.AsNoTracking().Where(s => s.Id == subjectId).Select(s => new AssessmentSubject(s.Id, s.Name, s.UnitId)).SingleOrDefaultAsync(ct);
}

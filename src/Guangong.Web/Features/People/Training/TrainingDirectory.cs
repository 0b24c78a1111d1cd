using System.Text.Json.Serialization;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People.Training;

/// <summary>
/// Reads training sessions, their attendees, and the hours per person and per unit in a year; units below a town are
/// named with their town for a reader wider than a town (<see cref="TownNamedUnits"/>).
/// </summary>
public sealed class TrainingDirectory(GuangongDbContext db, TownNamedUnits townNames)
{
    /// <summary>One page of the filter's sessions.</summary>
    public async Task<PagedList<TrainingRow>> PageAsync(TrainingFilter filter, int page, CancellationToken ct = default)
    {
        var rows = await Search(filter).ToPagedListAsync(page, PagedListExtensions.DefaultPageSize, ct);
        return rows.With(await NamedAsync(rows.Items, ct));
    }

    /// <summary>All the filter's sessions (the export).</summary>
    public async Task<IReadOnlyList<TrainingRow>> ListAsync(TrainingFilter filter, CancellationToken ct = default) =>
        await NamedAsync(await Search(filter).ToListAsync(ct), ct);

    private async Task<IReadOnlyList<TrainingRow>> NamedAsync(IReadOnlyList<TrainingRow> rows, CancellationToken ct) =>
        await townNames.NamedAsync(rows, r => r.UnitPath, r => r.UnitName, (r, name) => r with { UnitName = name }, ct);

    private IQueryable<TrainingRow> Search(TrainingFilter filter)
    {
        var query = db.TrainingSessions.AsNoTracking();
        if (filter.YearValue is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(s => s.Date >= from && s.Date < to);
        }

        if (TrainingKinds.All.Contains(filter.Kind))
        {
            query = query.Where(s => s.Kind == filter.Kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(s => s.Topic.Contains(q) || (s.Speaker != null && s.Speaker.Contains(q)));
        }

        query = filter.Sort == "topic" ? query.OrderBy(s => s.Topic).ThenByDescending(s => s.Id)
            : QueryValue.Flag(filter.Desc) ? query.OrderBy(s => s.Date).ThenBy(s => s.Id)
            : query.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id);
        return query.Select(s => new TrainingRow(s.Id, s.Topic, s.Kind, s.Date, s.Online, s.Hours, s.Speaker, s.Unit!.Name, s.Attendees.Count, s.UnitPath));
    }

    public async Task<TrainingDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        var session = await db.FindInScopeAsync<TrainingSession>(id, ct);
        if (session is null)
        {
            return null;
        }

        var unitName = await db.Units.Where(u => u.Id == session.UnitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var attendees = await db.TrainingAttendances.AsNoTracking().Where(a => a.SessionId == id)
            .OrderBy(a => a.Volunteer!.Name)
            .Select(a => new AttendeeRow(a.VolunteerId, a.Volunteer!.Name, a.Volunteer.Unit!.Name, a.Volunteer.UnitPath))
            .ToListAsync(ct);
        var named = await townNames.ForAsync(attendees.Select(a => a.UnitPath).Append(session.UnitPath), ct);
        return new TrainingDetail(session, named(session.UnitPath, unitName), [.. attendees.Select(a => a with { UnitName = named(a.UnitPath, a.UnitName) })]);
    }

    /// <summary>
    /// Whom the attendance checklist offers. Anyone on the roster below the session's unit may have attended (active,
    /// suspended or prospective members): listed whole while they fit <see cref="VolunteerChoices.MostListed"/> (a town's
    /// few hundred). A district's or a province's session would list tens of thousands to a million, so past that the
    /// checklist holds the attendees already recorded and the first <see cref="MostFound"/> whose names contain
    /// <paramref name="find"/> (the page's search box).
    /// </summary>
    public Task<AttendeeCandidates> CandidatesAsync(TrainingDetail detail, string? find, CancellationToken ct = default) =>
        CandidatesAsync(detail, find, VolunteerChoices.MostListed, ct);

    public const int MostFound = 50;

    /// <summary>The same with another bound: the tests trim the demo's roster.</summary>
    internal async Task<AttendeeCandidates> CandidatesAsync(TrainingDetail detail, string? find, int mostListed, CancellationToken ct)
    {
        var roster = db.Volunteers.AsNoTracking()
            .InSubtree(detail.Session.UnitPath, db.Scope)
            .Where(v => v.Status == VolunteerStatus.Active || v.Status == VolunteerStatus.Suspended || v.Status == VolunteerStatus.Prospective);
        if (!await roster.HoldsMoreThanAsync(mostListed, ct))
        {
            var all = await Rows(roster).ToListAsync(ct);
            var listed = all.Select(a => a.VolunteerId).ToHashSet();
            return new AttendeeCandidates([.. detail.Attendees.Where(a => !listed.Contains(a.VolunteerId)), .. await NamedAsync(all, ct)], Trimmed: false);
        }

        var name = find?.Trim();
        var attending = detail.Attendees.Select(a => a.VolunteerId).ToList();
        var found = string.IsNullOrEmpty(name) ? []
            : await Rows(roster.Where(v => v.Name.Contains(name) && !attending.Contains(v.Id))).Take(MostFound).ToListAsync(ct);
        return new AttendeeCandidates([.. detail.Attendees, .. await NamedAsync(found, ct)], Trimmed: true, Found: found.Count);
    }

    private Task<List<AttendeeRow>> NamedAsync(IReadOnlyCollection<AttendeeRow> rows, CancellationToken ct) =>
        townNames.NamedAsync(rows, a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct);

    private static IQueryable<AttendeeRow> Rows(IQueryable<Volunteer> roster) =>
        roster.OrderBy(v => v.UnitPath).ThenBy(v => v.Name).ThenBy(v => v.Id).Select(v => new AttendeeRow(v.Id, v.Name, v.Unit!.Name, v.UnitPath));

    /// <summary>This year, or the latest year before it with training in the scope (a page does not open empty).</summary>
    public Task<int> LatestYearAsync(int thisYear, CancellationToken ct = default) =>
        db.TrainingSessions.AsNoTracking().LatestYearAsync(t => t.Date, thisYear, ct);

    public async Task<TrainingHoursReport> HoursAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);

        // Hours are decimals, which SQLite cannot sum: the rows of one year are few, so sum here.
        var lines = await db.TrainingAttendances.AsNoTracking()
            .Where(a => a.Session!.Date >= from && a.Session.Date < to)
            .Select(a => new { a.VolunteerId, a.Volunteer!.Name, VolunteerUnit = a.Volunteer.Unit!.Name, a.Volunteer.UnitPath, a.Session!.Hours, a.SessionId })
            .ToListAsync(ct);
        var sessions = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.Date >= from && s.Date < to)
            .Select(s => new { s.Id, s.UnitId, s.UnitPath, UnitName = s.Unit!.Name, s.Hours, Attendees = s.Attendees.Count })
            .ToListAsync(ct);
        var named = await townNames.ForAsync(lines.Select(l => l.UnitPath).Concat(sessions.Select(s => s.UnitPath)), ct);

        var people = lines.GroupBy(l => new { l.VolunteerId, l.Name, l.VolunteerUnit, l.UnitPath })
            .Select(g => new PersonHours(g.Key.VolunteerId, g.Key.Name, named(g.Key.UnitPath, g.Key.VolunteerUnit), g.Count(), g.Sum(l => l.Hours)))
            .OrderByDescending(p => p.Hours).ThenBy(p => p.Name).ToList();
        // By unit, not by name: villages of two towns may share one.
        var units = sessions.GroupBy(s => new { s.UnitId, s.UnitPath, s.UnitName })
            .Select(g => new UnitHours(named(g.Key.UnitPath, g.Key.UnitName), g.Count(), g.Sum(s => s.Attendees), g.Sum(s => s.Hours * s.Attendees)))
            .OrderByDescending(u => u.PersonHours).ThenBy(u => u.UnitName).ToList();
        return new TrainingHoursReport(year, people, units);
    }
}

public sealed record TrainingFilter(string? Q = null, string? Kind = null, string? Year = null, string? Sort = null, string? Desc = null)
{
    public int? YearValue => Components.Shared.QueryValue.Year(Year);
}

public sealed record TrainingRow(long Id, string Topic, string Kind, DateOnly Date, bool Online, decimal Hours, string? Speaker, string UnitName, int AttendeeCount,
    [property: JsonIgnore] string UnitPath);

public sealed record AttendeeRow(long VolunteerId, string Name, string UnitName, [property: JsonIgnore] string UnitPath);

public sealed record TrainingDetail(TrainingSession Session, string UnitName, IReadOnlyList<AttendeeRow> Attendees);

/// <summary>The attendance checklist; when <see cref="Trimmed"/>, the attendees and the <see cref="Found"/> a search found.</summary>
public sealed record AttendeeCandidates(IReadOnlyList<AttendeeRow> Items, bool Trimmed, int Found = 0);

public sealed record PersonHours(long VolunteerId, string Name, string UnitName, int Sessions, decimal Hours);

public sealed record UnitHours(string UnitName, int Sessions, int Attendances, decimal PersonHours);

public sealed record TrainingHoursReport(int Year, IReadOnlyList<PersonHours> People, IReadOnlyList<UnitHours> Units);

using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Service hours come only from the ledger: per volunteer and per unit for a year, with star
/// levels at configurable thresholds (Activities:StarHours, default 100/300/600/1000/1500).
/// </summary>
public sealed class ServiceHours(GuangongDbContext db, IConfiguration configuration, People.TownVolunteers townVolunteers)
{
    public IReadOnlyList<int> StarThresholds =>
        configuration.GetSection("Activities:StarHours").Get<int[]>() is { Length: > 0 } t ? t.Order().ToArray() : [100, 300, 600, 1000, 1500];

    /// <summary>一星 … 五星 by total hours (all years), or none below the first threshold.</summary>
    public int StarsFor(decimal totalHours) => StarThresholds.Count(t => totalHours >= t);

    /// <summary>A star rating as the lists and their exports write it: 三星, or — for none yet.</summary>
    public static string StarText(int stars) => stars <= 0 ? "—" : $"{"一二三四五六七八九十"[Math.Min(stars, 10) - 1]}星";

    /// <summary>
    /// The year a page opens on: this year, or the latest year before it with hours in the scope, so
    /// the page does not open empty in January or on records of past years.
    /// </summary>
    public async Task<int> LatestYearAsync(int thisYear, CancellationToken ct = default) =>
        // From the units' year totals (a few rows per unit), not the lines: a town's latest line lies far back in a
        // county's date index (issue 18.3).
        await db.UnitYearHours.AsNoTracking().Where(u => u.Year <= thisYear).OrderByDescending(u => u.Year).Select(u => (int?)u.Year).FirstOrDefaultAsync(ct) ?? thisYear;

    /// <summary>
    /// Every volunteer of the scope with hours in the year, for the export (the page reads one page, <see cref="PageAsync"/>).
    /// </summary>
    public async Task<ServiceHoursReport> YearAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var people = await db.ServiceHourEntries.AsNoTracking()
            .Where(e => e.Date >= from && e.Date < to)
            .GroupBy(e => e.VolunteerId)
            .Select(g => new
            {
                VolunteerId = g.Key,
                Tenths = g.Sum(e => e.Tenths),
                Verified = g.Where(e => e.Verified).Sum(e => e.Tenths),
                Activities = g.Select(e => e.ActivityId).Distinct().Count(),
            })
            .ToListAsync(ct);
        // Named apart from the lines, not through a join: a village's volunteer who served at a school's
        // activity is in the school's ledger but outside its scope (TownVolunteers is their one door).
        var names = await townVolunteers.NamedAsync(people.Select(p => p.VolunteerId).ToList(), ct);
        // A subquery, not a list of ids: a district's year has more volunteers than SQLite takes parameters.
        var yearVolunteers = db.ServiceHourEntries.Where(e => e.Date >= from && e.Date < to).Select(e => e.VolunteerId);
        var lifetime = await db.ServiceHourEntries.AsNoTracking().Where(e => yearVolunteers.Contains(e.VolunteerId))
            .GroupBy(e => e.VolunteerId).Select(g => new { g.Key, Tenths = g.Sum(e => e.Tenths) })
            .ToDictionaryAsync(g => g.Key, g => g.Tenths / 10m, ct);
        return new ServiceHoursReport(
            year,
            people.Where(p => p.Tenths != 0)
                .Select(p => new VolunteerHours(p.VolunteerId, names.GetValueOrDefault(p.VolunteerId)?.Name ?? string.Empty, names.GetValueOrDefault(p.VolunteerId)?.UnitName ?? string.Empty, p.Activities, p.Tenths / 10m, p.Verified / 10m, lifetime.GetValueOrDefault(p.VolunteerId), StarsFor(lifetime.GetValueOrDefault(p.VolunteerId))))
                .OrderByDescending(p => p.Hours).ThenBy(p => p.Name).ToList());
    }

    /// <summary>
    /// The page's view of a year: one page of volunteers by hours (the lifetime totals of those on it only) and
    /// the units' totals grouped by the line's own unit (the activity's), so a district's page ships and renders
    /// a page, not its whole roster (issue 18.3). The export still takes the whole year (<see cref="YearAsync"/>).
    /// </summary>
    public async Task<(PagedList<VolunteerHours> People, IReadOnlyList<UnitServiceHours> Units)> PageAsync(int year, int page, CancellationToken ct = default)
    {
        // From the year totals kept with the ledger (one row per volunteer and unit of service), not a year of lines:
        // a volunteer's total in the scope is the sum of their rows in it, the same figure the lines give.
        // A scope of one unit reads its own subtree rows in rank order from their index (one page of a range scan); only a
        // reader without a unit (the administrator, every tree at once) groups the year's rows by volunteer.
        var ranked = db.Scope is { IsSystem: false, Path: { } scopePath }
            ? await db.VolunteerSubtreeHours.AsNoTracking().Where(r => r.Year == year && r.UnitPath == scopePath && r.Tenths != 0)
                .OrderByDescending(r => r.Tenths).ThenBy(r => r.VolunteerId)
                .Select(r => new RankedHours(r.VolunteerId, r.Tenths, r.VerifiedTenths, r.Activities))
                .ToPagedListAsync(page, PageSize, ct)
            : await db.VolunteerYearHours.AsNoTracking().Where(r => r.Year == year)
                .GroupBy(r => r.VolunteerId)
                .Select(g => new { VolunteerId = g.Key, Tenths = g.Sum(r => r.Tenths), Verified = g.Sum(r => r.VerifiedTenths), Activities = g.Sum(r => r.Activities) })
                .Where(g => g.Tenths != 0)
                .OrderByDescending(g => g.Tenths).ThenBy(g => g.VolunteerId)
                .Select(g => new RankedHours(g.VolunteerId, g.Tenths, g.Verified, g.Activities))
                .ToPagedListAsync(page, PageSize, ct);
        var ids = ranked.Items.Select(r => r.VolunteerId).ToList();
        var people = await townVolunteers.NamedAsync(ids, ct);
        var lifetime = await db.VolunteerYearHours.AsNoTracking().Where(r => ids.Contains(r.VolunteerId))
            .GroupBy(r => r.VolunteerId).Select(g => new { g.Key, Tenths = g.Sum(r => r.Tenths) })
            .ToDictionaryAsync(g => g.Key, g => g.Tenths / 10m, ct);
        var rows = ranked.Items.Select(r => new VolunteerHours(r.VolunteerId, people.GetValueOrDefault(r.VolunteerId)?.Name ?? string.Empty, people.GetValueOrDefault(r.VolunteerId)?.UnitName ?? string.Empty,
            r.Activities, r.Tenths / 10m, r.Verified / 10m, lifetime.GetValueOrDefault(r.VolunteerId), StarsFor(lifetime.GetValueOrDefault(r.VolunteerId)), people.GetValueOrDefault(r.VolunteerId)?.InScope == true)).ToList();

        return (ranked.With(rows), await ChildrenAsync(year, ct));
    }

    /// <summary>
    /// The scope's own unit (本级) and each unit directly below it with its whole subtree, summed from the units' year
    /// totals; a unit whose hours net to zero is left out. People are the units' counts added up (one who served in two
    /// villages of a town counts twice for the town, as the page says): counting them once would read every volunteer
    /// row of the subtree, 160,000 for a city's districts.
    /// A town lists its villages as before; a province lists its cities, not its 24,000 units (issue 18).
    /// </summary>
    private async Task<IReadOnlyList<UnitServiceHours>> ChildrenAsync(int year, CancellationToken ct)
    {
        var (scopeId, scopePath) = db.Scope is { IsSystem: false, UnitId: { } id, Path: { } path } ? ((long?)id, path) : (null, "/");
        var names = await db.Units.AsNoTracking().Where(u => u.ParentId == scopeId || u.Id == scopeId)
            .ToDictionaryAsync(u => u.Path, u => u.Id == scopeId ? $"{u.Name}（本级）" : u.Name, ct);

        var sums = (await db.UnitYearHours.AsNoTracking().Where(u => u.Year == year)
                .Select(u => new { u.UnitPath, u.Tenths, u.Activities, u.People }).ToListAsync(ct))
            .GroupBy(u => Below(scopePath, u.UnitPath))
            .Where(g => names.ContainsKey(g.Key) && g.Sum(u => u.Tenths) != 0)
            .ToDictionary(g => g.Key, g => (Tenths: g.Sum(u => u.Tenths), Activities: g.Sum(u => u.Activities), People: g.Sum(u => u.People)));
        return [.. sums.Select(s => new UnitServiceHours(names[s.Key], s.Value.Activities, s.Value.People, s.Value.Tenths / 10m))
            .OrderByDescending(u => u.Hours).ThenBy(u => u.UnitName, StringComparer.Ordinal)];
    }

    /// <summary>The path of the unit directly below <paramref name="scope"/> that holds <paramref name="path"/>, or the scope's own.</summary>
    private static string Below(string scope, string path)
    {
        if (path.Length <= scope.Length)
        {
            return scope;
        }

        var next = path.IndexOf('/', scope.Length);
        return path[..(next + 1)];
    }

    public const int PageSize = 50;

    public async Task<IReadOnlyList<VolunteerActivityHours>> ForVolunteerAsync(long volunteerId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.ServiceHourEntries.AsNoTracking()
            .Where(e => e.VolunteerId == volunteerId && e.Date >= from && e.Date <= to)
            .GroupBy(e => new { e.ActivityId, e.Source, e.SourceId, Title = e.Activity != null ? e.Activity.Title : e.SourceTitle, e.Date })
            .Select(g => new { g.Key.ActivityId, g.Key.Source, g.Key.SourceId, g.Key.Title, g.Key.Date, Tenths = g.Sum(e => e.Tenths), Verified = g.Any(e => e.Verified) })
            .ToListAsync(ct);
        return rows.Where(r => r.Tenths != 0).OrderBy(r => r.Date)
            .Select(r => new VolunteerActivityHours(r.ActivityId, r.Title ?? EnumText.Of(r.Source), r.Date, r.Tenths / 10m, r.Verified, r.Source, r.SourceId)).ToList();
    }
}

/// <param name="CanOpen">Whether the volunteer's record is the reader's to open (a town volunteer who served at a school is not the school's).</param>
public sealed record VolunteerHours(long VolunteerId, string Name, string UnitName, int Activities, decimal Hours, decimal VerifiedHours, decimal LifetimeHours, int Stars, bool CanOpen = true);

/// <summary>One volunteer's place in a year's ranking, in tenths of an hour.</summary>
public sealed record RankedHours(long VolunteerId, int Tenths, int Verified, int Activities);

public sealed record UnitServiceHours(string UnitName, int Activities, int People, decimal Hours);

public sealed record ServiceHoursReport(int Year, IReadOnlyList<VolunteerHours> People);

/// <summary>A volunteer's net hours at one activity, or at one patrol or inspection (<see cref="Source"/>, <see cref="SourceId"/>; no activity id).</summary>
public sealed record VolunteerActivityHours(long? ActivityId, string Title, DateOnly Date, decimal Hours, bool Verified, ServiceSource Source = ServiceSource.Activity, long? SourceId = null);

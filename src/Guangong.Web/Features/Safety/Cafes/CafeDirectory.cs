using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Cafes;

/// <summary>A café in the registry with this month's schedule: inspections done against those asked.</summary>
public sealed record CafeRow(long Id, string Name, string UnitName, string? Address, bool IsOpen, int PerMonth, int ThisMonth, DateTime? LastInspectedUtc, IReadOnlyList<string> Supervisors)
{
    public bool Overdue => IsOpen && ThisMonth < PerMonth;
}

/// <summary>A café's year: what the inspections found, counts only.</summary>
public sealed record CafeYear(long Id, string Name, string UnitName, int Inspections, int MinorsFound, int WithMinors, int NoSign, int NoIdChecks, int FollowUps, decimal Hours);

public sealed record InspectionRow(long Id, long CafeId, string Cafe, DateTime InspectedUtc, string Volunteer, decimal Hours, int MinorsFound, bool SignPresent, bool IdChecksDone, string? Problems, FollowUpTo FollowUpTo, string? FollowUpOutcome, long Version);

public sealed class CafeDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The month (China time) as a UTC range, for "inspected this month".</summary>
    private (DateTime From, DateTime To) Month(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return (ChinaTime.ToUtc(first.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(first.AddMonths(1).ToDateTime(TimeOnly.MinValue)));
    }

    public async Task<IReadOnlyList<CafeRow>> ListAsync(bool overdueOnly, CancellationToken ct = default)
    {
        var (from, to) = Month(Today);
        var cafes = await db.InternetCafes.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new
            {
                c.Id, c.Name, c.UnitPath, Unit = c.Unit!.Name, c.Address, c.IsOpen, c.InspectionsPerMonth,
                ThisMonth = db.CafeInspections.Count(i => i.CafeId == c.Id && i.InspectedUtc >= from && i.InspectedUtc < to),
                Last = db.CafeInspections.Where(i => i.CafeId == c.Id).Max(i => (DateTime?)i.InspectedUtc),
                Supervisors = c.Supervisors.Select(s => s.Volunteer!.Name).ToList(),
            }).ToListAsync(ct);
        var named = await townNames.ForAsync(cafes.Select(c => c.UnitPath), ct);
        var rows = (await treeOrder.SortAsync(cafes, c => c.UnitPath, ct)).Select(c => new CafeRow(c.Id, c.Name, named(c.UnitPath, c.Unit), c.Address, c.IsOpen, c.InspectionsPerMonth, c.ThisMonth, c.Last, c.Supervisors)).ToList();
        return overdueOnly ? rows.Where(r => r.Overdue).ToList() : rows;
    }

    public Task<InternetCafe?> CafeAsync(long id, CancellationToken ct = default) =>
        db.InternetCafes.AsNoTracking().Include(c => c.Unit).Include(c => c.Supervisors).ThenInclude(s => s.Volunteer).SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>One inspection in the scope (null when unknown or outside).</summary>
    public async Task<InspectionRow?> InspectionAsync(long id, CancellationToken ct = default) =>
        (await InspectionsAsync(null, null, ct, id)).SingleOrDefault();

    public async Task<IReadOnlyList<InspectionRow>> InspectionsAsync(long? cafeId, int? year, CancellationToken ct = default, long? inspectionId = null)
    {
        var query = db.CafeInspections.AsNoTracking();
        if (inspectionId is { } one)
        {
            query = query.Where(i => i.Id == one);
        }

        if (cafeId is { } id)
        {
            query = query.Where(i => i.CafeId == id);
        }

        if (year is { } y)
        {
            var (from, to) = (ChinaTime.ToUtc(new DateTime(y, 1, 1)), ChinaTime.ToUtc(new DateTime(y + 1, 1, 1)));
            query = query.Where(i => i.InspectedUtc >= from && i.InspectedUtc < to);
        }

        var rows = await query.OrderByDescending(i => i.InspectedUtc).Take(500)
            .Select(i => new { i.Id, i.CafeId, Cafe = i.Cafe!.Name, i.InspectedUtc, Volunteer = i.Volunteer!.Name, i.Tenths, i.MinorsFound, i.SignPresent, i.IdChecksDone, i.Problems, i.FollowUpTo, i.FollowUpOutcome, i.Version })
            .ToListAsync(ct);
        return rows.Select(i => new InspectionRow(i.Id, i.CafeId, i.Cafe, i.InspectedUtc, i.Volunteer, i.Tenths / 10m, i.MinorsFound, i.SignPresent, i.IdChecksDone, i.Problems, i.FollowUpTo, i.FollowUpOutcome, i.Version)).ToList();
    }

    /// <summary>The yearly statistics per café, counts only.</summary>
    public async Task<IReadOnlyList<CafeYear>> YearAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (ChinaTime.ToUtc(new DateTime(year, 1, 1)), ChinaTime.ToUtc(new DateTime(year + 1, 1, 1)));
        var stats = await db.CafeInspections.AsNoTracking().Where(i => i.InspectedUtc >= from && i.InspectedUtc < to)
            .GroupBy(i => i.CafeId)
            .Select(g => new
            {
                g.Key, Count = g.Count(), Minors = g.Sum(i => i.MinorsFound), WithMinors = g.Count(i => i.MinorsFound > 0),
                NoSign = g.Count(i => !i.SignPresent), NoId = g.Count(i => !i.IdChecksDone), FollowUps = g.Count(i => i.FollowUpTo != FollowUpTo.None), Tenths = g.Sum(i => i.Tenths),
            }).ToDictionaryAsync(g => g.Key, ct);
        var cafes = await treeOrder.SortAsync(await db.InternetCafes.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.UnitPath, Unit = c.Unit!.Name, c.IsOpen }).ToListAsync(ct), c => c.UnitPath, ct);
        var named = await townNames.ForAsync(cafes.Select(c => c.UnitPath), ct);
        return cafes.Where(c => c.IsOpen || stats.ContainsKey(c.Id))
            .Select(c => stats.TryGetValue(c.Id, out var s)
                ? new CafeYear(c.Id, c.Name, named(c.UnitPath, c.Unit), s.Count, s.Minors, s.WithMinors, s.NoSign, s.NoId, s.FollowUps, s.Tenths / 10m)
                : new CafeYear(c.Id, c.Name, named(c.UnitPath, c.Unit), 0, 0, 0, 0, 0, 0, 0))
            .ToList();
    }
}

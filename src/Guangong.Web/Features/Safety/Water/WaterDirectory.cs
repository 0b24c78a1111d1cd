using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Water;

public sealed record WaterRow(long Id, string Name, WaterKind Kind, string UnitName, RiskLevel Risk, bool Signs, bool Rescue, string? Equipment, string? Responsible, double? Latitude, double? Longitude, DateTime? LastPatrolUtc);

public sealed record PatrolRow(long Id, string Volunteer, IReadOnlyList<string> Waters, DateTime StartUtc, DateTime? EndUtc, int ChildrenDissuaded, string? Hazards, long Version)
{
    public decimal? Hours => EndUtc is { } end ? PatrolRules.Hours(StartUtc, end) : null;
}

public sealed record RotaRow(long Id, string Water, string Volunteer, DateOnly FromDate, DateOnly ToDate, long WaterBodyId);

public sealed class WaterDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The registry with each body's last patrol, sorted by a column of the table.</summary>
    public async Task<IReadOnlyList<WaterRow>> ListAsync(string? sort, bool desc, CancellationToken ct = default)
    {
        var rows = (await townNames.NamedAsync(await db.WaterBodies.AsNoTracking()
            .Select(w => new
            {
                w.Id, w.Name, w.Kind, Unit = w.Unit!.Name, w.UnitPath, w.Risk, w.HasWarningSigns, w.HasRescueEquipment, w.Equipment, w.ResponsiblePerson, w.Latitude, w.Longitude,
                Last = db.PatrolStops.Where(s => s.WaterBodyId == w.Id).Join(db.Patrols, s => s.PatrolId, p => p.Id, (s, p) => (DateTime?)p.StartUtc).Max(),
            }).ToListAsync(ct), w => w.UnitPath, w => w.Unit, (w, unit) => w with { Unit = unit }, ct))
            .Select(w => new WaterRow(w.Id, w.Name, w.Kind, w.Unit, w.Risk, w.HasWarningSigns, w.HasRescueEquipment, w.Equipment, w.ResponsiblePerson, w.Latitude, w.Longitude, w.Last))
            .ToList();
        IOrderedEnumerable<WaterRow> ordered = sort switch
        {
            "kind" => desc ? rows.OrderByDescending(r => r.Kind) : rows.OrderBy(r => r.Kind),
            "unit" => desc ? rows.OrderByDescending(r => r.UnitName, StringComparer.Ordinal) : rows.OrderBy(r => r.UnitName, StringComparer.Ordinal),
            "risk" => desc ? rows.OrderByDescending(r => r.Risk) : rows.OrderBy(r => r.Risk),
            // Never patrolled sorts as the oldest: first when ascending, where it needs attention.
            "last" => desc ? rows.OrderByDescending(r => r.LastPatrolUtc ?? DateTime.MinValue) : rows.OrderBy(r => r.LastPatrolUtc ?? DateTime.MinValue),
            _ => desc ? rows.OrderByDescending(r => r.Name, StringComparer.Ordinal) : rows.OrderBy(r => r.Name, StringComparer.Ordinal),
        };
        return ordered.ThenBy(r => r.Id).ToList();
    }

    public Task<WaterBody?> WaterAsync(long id, CancellationToken ct = default) =>
        db.WaterBodies.AsNoTracking().Include(w => w.Unit).SingleOrDefaultAsync(w => w.Id == id, ct);

    /// <summary>The Monday of the week a day falls in.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Water bodies no patrol covered in the week starting <paramref name="monday"/> (China time).</summary>
    public async Task<IReadOnlyList<WaterRow>> NotPatrolledAsync(DateOnly monday, CancellationToken ct = default)
    {
        var (from, to) = (ChinaTime.ToUtc(monday.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(monday.AddDays(7).ToDateTime(TimeOnly.MinValue)));
        var covered = await db.PatrolStops.AsNoTracking().Join(db.Patrols, s => s.PatrolId, p => p.Id, (s, p) => new { s.WaterBodyId, p.StartUtc })
            .Where(x => x.StartUtc >= from && x.StartUtc < to).Select(x => x.WaterBodyId).Distinct().ToListAsync(ct);
        return (await ListAsync("risk", true, ct)).Where(w => !covered.Contains(w.Id)).ToList();
    }

    /// <summary>One patrol in the scope, as a row (null when unknown or outside).</summary>
    public async Task<PatrolRow?> PatrolAsync(long id, CancellationToken ct = default)
    {
        var p = await db.Patrols.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, Volunteer = p.Volunteer!.Name, Waters = p.Stops.Select(s => s.WaterBody!.Name).ToList(), p.StartUtc, p.EndUtc, p.ChildrenDissuaded, p.Hazards, p.Version })
            .SingleOrDefaultAsync(ct);
        return p is null ? null : new PatrolRow(p.Id, p.Volunteer, p.Waters, p.StartUtc, p.EndUtc, p.ChildrenDissuaded, p.Hazards, p.Version);
    }

    public Task<IReadOnlyList<PatrolRow>> PatrolsAsync(long? waterId, bool openOnly, CancellationToken ct = default) =>
        RowsAsync(waterId is { } w ? db.Patrols.Where(p => p.Stops.Any(s => s.WaterBodyId == w)) : db.Patrols, openOnly, 200, ct);

    /// <summary>
    /// The patrols a volunteer's own account walked, newest first: their phone lists these, not every patrol of the town
    /// since its first summer (36 rows, 12,000 px in large type), nor others' patrols still on with a 签退 they cannot use.
    /// </summary>
    public Task<IReadOnlyList<PatrolRow>> OwnPatrolsAsync(long userId, bool openOnly, int take, CancellationToken ct = default) =>
        RowsAsync(db.Patrols.Where(p => p.Volunteer!.UserId == userId && userId != 0), openOnly, take, ct);

    private async Task<IReadOnlyList<PatrolRow>> RowsAsync(IQueryable<Patrol> query, bool openOnly, int take, CancellationToken ct)
    {
        if (openOnly)
        {
            query = query.Where(p => p.EndUtc == null);
        }

        var rows = await query.AsNoTracking().OrderByDescending(p => p.StartUtc).Take(take)
            .Select(p => new { p.Id, Volunteer = p.Volunteer!.Name, Waters = p.Stops.Select(s => s.WaterBody!.Name).ToList(), p.StartUtc, p.EndUtc, p.ChildrenDissuaded, p.Hazards, p.Version })
            .ToListAsync(ct);
        return rows.Select(p => new PatrolRow(p.Id, p.Volunteer, p.Waters, p.StartUtc, p.EndUtc, p.ChildrenDissuaded, p.Hazards, p.Version)).ToList();
    }

    public async Task<IReadOnlyList<RotaRow>> RotaAsync(int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.PatrolRotaLines.AsNoTracking().Where(r => r.FromDate <= last && r.ToDate >= first).OrderBy(r => r.FromDate).ThenBy(r => r.WaterBody!.Name)
            .Select(r => new { r.Id, Water = r.WaterBody!.Name, Volunteer = r.Volunteer!.Name, r.FromDate, r.ToDate, r.WaterBodyId }).ToListAsync(ct);
        return rows.Select(r => new RotaRow(r.Id, r.Water, r.Volunteer, r.FromDate, r.ToDate, r.WaterBodyId)).ToList();
    }

    /// <summary>
    /// Today's patrol rota in the scope still to be walked (the home page's to-do, a volunteer's check-in form); only one's
    /// own lines for a volunteer's account. A line whose 五老 has patrolled its water today and signed off is done.
    /// </summary>
    public async Task<IReadOnlyList<RotaRow>> TodayRotaAsync(long? ownUserId, CancellationToken ct = default)
    {
        var today = Today;
        var (from, to) = (ChinaTime.ToUtc(today.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var rows = await db.PatrolRotaLines.AsNoTracking()
            .Where(r => r.FromDate <= today && r.ToDate >= today && (ownUserId == null || r.Volunteer!.UserId == ownUserId))
            .Where(r => !db.Patrols.Any(p => p.VolunteerId == r.VolunteerId && p.EndUtc != null && p.StartUtc >= from && p.StartUtc < to && p.Stops.Any(s => s.WaterBodyId == r.WaterBodyId)))
            .OrderBy(r => r.WaterBody!.Name)
            .Select(r => new { r.Id, Water = r.WaterBody!.Name, Volunteer = r.Volunteer!.Name, r.FromDate, r.ToDate, r.WaterBodyId }).ToListAsync(ct);
        return rows.Select(r => new RotaRow(r.Id, r.Water, r.Volunteer, r.FromDate, r.ToDate, r.WaterBodyId)).ToList();
    }

    public async Task<IReadOnlyList<DrowningIncident>> IncidentsAsync(int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await db.DrowningIncidents.AsNoTracking().Include(i => i.WaterBody).Where(i => i.Date >= first && i.Date <= last).OrderByDescending(i => i.Date).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<(long Id, string Name)>> WaterChoicesAsync(CancellationToken ct = default)
    {
        var bodies = await db.WaterBodies.AsNoTracking().OrderBy(w => w.Name).Select(w => new { w.Id, w.Name, w.UnitPath, Unit = w.Unit!.Name }).ToListAsync(ct);
        var named = await townNames.ForAsync(bodies.Select(w => w.UnitPath), ct);
        return [.. (await treeOrder.SortAsync(bodies, w => w.UnitPath, ct)).Select(w => (w.Id, $"{w.Name}（{named(w.UnitPath, w.Unit)}）"))];
    }
}

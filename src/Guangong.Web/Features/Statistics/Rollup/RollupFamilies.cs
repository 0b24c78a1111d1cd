using Guangong.Web.Features.Activities;
using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Features.Safety.Water;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Guangong.Web.Features.Statistics.Indicators;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>A figure of one cell: indicator, key, stored value.</summary>
public readonly record struct CellValue(string Indicator, string Key, long Value);

/// <summary>
/// A kind of record that monthly indicators count: which property dates it, which indicators it feeds,
/// and how one unit's figures for one month are computed from its own records (a small query).
/// </summary>
public sealed record RollupFamily(Type Entity, string DateProperty, IReadOnlyList<string> Indicators, Func<GuangongDbContext, long, MonthRange, CancellationToken, Task<List<CellValue>>> Compute)
{
    /// <summary>The month (yyyymm) a date property's value falls in, in China time for instants.</summary>
    public static int? PeriodOf(object? value) => value switch
    {
        DateOnly d => (d.Year * 100) + d.Month,
        DateTime utc => PeriodOf(DateOnly.FromDateTime(ChinaTime.ToLocal(utc))),
        _ => null,
    };

    public IEnumerable<(long UnitId, string UnitPath, int Period)> Touched(EntityEntry entry)
    {
        if (entry.State is EntityState.Added or EntityState.Modified
            && entry.CurrentValues["UnitId"] is long unit && PeriodOf(entry.CurrentValues[DateProperty]) is { } period)
        {
            yield return (unit, (string)entry.CurrentValues["UnitPath"]!, period);
        }

        if (entry.State is EntityState.Modified or EntityState.Deleted
            && entry.OriginalValues["UnitId"] is long before && PeriodOf(entry.OriginalValues[DateProperty]) is { } was)
        {
            yield return (before, (string)entry.OriginalValues["UnitPath"]!, was);
        }
    }

    /// <summary>The cell a record added without the tracker falls in (<see cref="GuangongDbContext.AddUntracked{TEntity}"/>).</summary>
    public (long UnitId, string UnitPath, int Period)? TouchedBy(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object entity) =>
        type.FindProperty("UnitId")!.GetGetter().GetClrValue(entity) is long unit && PeriodOf(type.FindProperty(DateProperty)!.GetGetter().GetClrValue(entity)) is { } period
            ? (unit, (string)type.FindProperty("UnitPath")!.GetGetter().GetClrValue(entity)!, period)
            : null;
}

/// <summary>
/// A property of another record that a family's figures are computed from (an outlet's level keys the
/// adoptions it published): when it changes, the family's cells of every (unit, month) the dependent
/// records fall in are recomputed, with the same save.
/// </summary>
public sealed record RollupDependency(Type Entity, string Property, RollupFamily Family, Func<GuangongDbContext, IReadOnlyCollection<long>, CancellationToken, Task<List<(long UnitId, string UnitPath, int Period)>>> Touched);

/// <summary>A month as dates and as UTC instants (for records stamped with a time).</summary>
public readonly record struct MonthRange(int Period)
{
    public DateOnly From => new(Period / 100, Period % 100, 1);

    public DateOnly To => From.AddMonths(1);

    public DateTime FromUtc => ChinaTime.ToUtc(From.ToDateTime(TimeOnly.MinValue));

    public DateTime ToUtc => ChinaTime.ToUtc(To.ToDateTime(TimeOnly.MinValue));
}

public static class RollupFamilies
{
    public static readonly IReadOnlyList<RollupFamily> All =
    [
        new(typeof(Activity), nameof(Activity.Date), [IndicatorCatalog.ActivitiesHeld.Code, Youth.Code], async (db, unit, m, ct) =>
        {
            var rows = await db.Activities.AsNoTracking()
                .Where(a => a.UnitId == unit && a.Status == ActivityStatus.Completed && a.Date >= m.From && a.Date < m.To)
                .GroupBy(a => a.Category).Select(g => new { g.Key, Count = g.Count(), Youth = g.Sum(a => a.YouthReached) }).ToListAsync(ct);
            return [.. rows.Select(r => new CellValue(IndicatorCatalog.ActivitiesHeld.Code, r.Key, r.Count)), new(Youth.Code, string.Empty, rows.Sum(r => (long)r.Youth))];
        }),
        new(typeof(ServiceHourEntry), nameof(ServiceHourEntry.Date), [HoursRecorded.Code, HoursVerified.Code, HoursOnBehalf.Code], async (db, unit, m, ct) =>
        {
            var rows = await db.ServiceHourEntries.AsNoTracking()
                .Where(e => e.UnitId == unit && e.Date >= m.From && e.Date < m.To)
                .Select(e => new { e.Tenths, e.Verified, e.OnBehalf }).ToListAsync(ct);
            return
            [
                new(HoursRecorded.Code, string.Empty, rows.Sum(r => (long)r.Tenths)),
                new(HoursVerified.Code, string.Empty, rows.Where(r => r.Verified).Sum(r => (long)r.Tenths)),
                new(HoursOnBehalf.Code, string.Empty, rows.Where(r => r.OnBehalf).Sum(r => (long)r.Tenths)),
            ];
        }),
        new(typeof(TrainingSession), nameof(TrainingSession.Date), [TrainingSessions.Code, TrainingHours.Code], async (db, unit, m, ct) =>
        {
            var hours = await db.TrainingSessions.AsNoTracking()
                .Where(s => s.UnitId == unit && s.Date >= m.From && s.Date < m.To).Select(s => s.Hours).ToListAsync(ct);
            return [new(TrainingSessions.Code, string.Empty, hours.Count), new(TrainingHours.Code, string.Empty, (long)decimal.Round(hours.Sum() * 10m))];
        }),
        new(typeof(VolunteerStatusChange), nameof(VolunteerStatusChange.Date), [VolunteersJoined.Code, VolunteersLeft.Code, VolunteersSuspended.Code, VolunteersResumed.Code], async (db, unit, m, ct) =>
        {
            var rows = await db.VolunteerStatusChanges.AsNoTracking()
                .Where(c => c.UnitId == unit && c.Date >= m.From && c.Date < m.To).Select(c => new { c.FromStatus, c.ToStatus }).ToListAsync(ct);
            var cells = new List<CellValue>
            {
                new(VolunteersJoined.Code, string.Empty, rows.Count(r => Joins(r.FromStatus, r.ToStatus))),
                new(VolunteersSuspended.Code, string.Empty, rows.Count(r => Suspends(r.FromStatus, r.ToStatus))),
                new(VolunteersResumed.Code, string.Empty, rows.Count(r => Resumes(r.FromStatus, r.ToStatus))),
            };
            cells.AddRange(rows.Where(r => Leaves(r.FromStatus, r.ToStatus)).GroupBy(r => r.ToStatus)
                .Select(g => new CellValue(VolunteersLeft.Code, Components.Shared.EnumText.Of(g.Key), g.Count())));
            return cells;
        }),
        new(typeof(Adoption), nameof(Adoption.Date), [ArticlesAdopted.Code], async (db, unit, m, ct) =>
        {
            var levels = await db.Adoptions.AsNoTracking()
                .Where(a => a.UnitId == unit && a.Date >= m.From && a.Date < m.To).Select(a => a.Outlet!.Level).ToListAsync(ct);
            return [.. levels.GroupBy(l => l).Select(g => new CellValue(ArticlesAdopted.Code, Components.Shared.EnumText.Of(g.Key), g.Count()))];
        }),
        new(typeof(Patrol), nameof(Patrol.StartUtc), [Patrols.Code, PatrolDissuaded.Code], async (db, unit, m, ct) =>
        {
            var rows = await db.Patrols.AsNoTracking()
                .Where(p => p.UnitId == unit && p.StartUtc >= m.FromUtc && p.StartUtc < m.ToUtc).Select(p => p.ChildrenDissuaded).ToListAsync(ct);
            return [new(Patrols.Code, string.Empty, rows.Count), new(PatrolDissuaded.Code, string.Empty, rows.Sum(r => (long)r))];
        }),
        new(typeof(CafeInspection), nameof(CafeInspection.InspectedUtc), [CafeInspections.Code, CafeMinors.Code], async (db, unit, m, ct) =>
        {
            var rows = await db.CafeInspections.AsNoTracking()
                .Where(i => i.UnitId == unit && i.InspectedUtc >= m.FromUtc && i.InspectedUtc < m.ToUtc).Select(i => i.MinorsFound).ToListAsync(ct);
            return [new(CafeInspections.Code, string.Empty, rows.Count), new(CafeMinors.Code, string.Empty, rows.Sum(r => (long)r))];
        }),
    ];

    public static readonly IReadOnlyList<RollupDependency> Dependencies =
    [
        new(typeof(Outlet), nameof(Outlet.Level), For(typeof(Adoption))!, async (db, outlets, ct) =>
            [.. (await db.Adoptions.AsNoTracking().Where(a => outlets.Contains(a.OutletId)).Select(a => new { a.UnitId, a.UnitPath, a.Date }).Distinct().ToListAsync(ct))
                .Select(a => (a.UnitId, a.UnitPath, RollupFamily.PeriodOf(a.Date)!.Value))]),
    ];

    /// <summary>A change that puts a volunteer on the roster: a first entry, or from 拟吸纳 (a return from 暂停 is not new).</summary>
    public static bool Joins(VolunteerStatus? from, VolunteerStatus to) =>
        to == VolunteerStatus.Active && from is null or VolunteerStatus.Prospective;

    public static bool Leaves(VolunteerStatus? from, VolunteerStatus to) =>
        to is VolunteerStatus.Withdrawn or VolunteerStatus.Deceased && from is not (VolunteerStatus.Withdrawn or VolunteerStatus.Deceased);

    public static bool Suspends(VolunteerStatus? from, VolunteerStatus to) => from == VolunteerStatus.Active && to == VolunteerStatus.Suspended;

    public static bool Resumes(VolunteerStatus? from, VolunteerStatus to) => from == VolunteerStatus.Suspended && to == VolunteerStatus.Active;

    public static RollupFamily? For(Type entity) => All.FirstOrDefault(f => f.Entity == entity);
}

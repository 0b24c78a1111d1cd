using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Demo;
using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Features.Safety.Water;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety;

/// <summary>
/// The demo patrols and inspections credit their volunteers' hours, as check-out and recording do
/// (<see cref="HourLedger.SetSourceHoursAsync"/>): one line each, verified for a patrol checked in and out.
/// </summary>
public sealed class SafetyHoursDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 64;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var patrols = await db.Patrols.AsNoTracking().Where(p => p.EndUtc != null)
            .Select(p => new { p.Id, p.VolunteerId, p.UnitId, p.UnitPath, p.StartUtc, p.EndUtc, Waters = p.Stops.Select(s => s.WaterBody!.Name).ToList() }).ToListAsync(ct);
        foreach (var p in patrols)
        {
            db.ServiceHourEntries.Add(Line(ServiceSource.Patrol, p.Id, p.VolunteerId, p.UnitId, p.UnitPath, p.StartUtc, PatrolRules.Hours(p.StartUtc, p.EndUtc!.Value),
                $"防溺水巡逻：{string.Join("、", p.Waters.Order(StringComparer.Ordinal))}", p.EndUtc));
        }

        var inspections = await db.CafeInspections.AsNoTracking()
            .Select(i => new { i.Id, i.VolunteerId, i.UnitId, i.UnitPath, i.InspectedUtc, i.Tenths, Cafe = i.Cafe!.Name }).ToListAsync(ct);
        foreach (var i in inspections)
        {
            db.ServiceHourEntries.Add(Line(ServiceSource.CafeInspection, i.Id, i.VolunteerId, i.UnitId, i.UnitPath, i.InspectedUtc, i.Tenths / 10m, $"网吧义务监督：{i.Cafe}", null));
        }

        await db.SaveChangesAsync(ct);
    }

    private static ServiceHourEntry Line(ServiceSource source, long id, long volunteerId, long unitId, string unitPath, DateTime startUtc, decimal hours, string title, DateTime? endUtc) => new()
    {
        Source = source, SourceId = id, SourceTitle = title, VolunteerId = volunteerId, UnitId = unitId, UnitPath = unitPath,
        Date = DateOnly.FromDateTime(ChinaTime.ToLocal(startUtc)), Hours = hours, Verified = endUtc is not null, CheckInUtc = endUtc is null ? null : startUtc, CheckOutUtc = endUtc,
        Reason = Components.Shared.EnumText.Of(source), EnteredByName = "演示数据",
    };
}

using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Reports;

/// <summary>A unit's line in the reporting overview: its period row (if any), live figures, and whether it is late.</summary>
public sealed record ReportLine(UnitRef Unit, ReportPeriod? Period, Figures Live, Figures? Reported, bool Late)
{
    /// <summary>Indicators whose live value differs from the reported one (changed after closing).</summary>
    public IEnumerable<string> Changed => Reported is null ? [] :
        Live.All.Select(v => v.Key).Concat(Reported.All.Select(v => v.Key)).Distinct()
            .Where(k => Live.Stored(k.Code, k.Key) != Reported.Stored(k.Code, k.Key)).Select(k => k.Code).Distinct();
}

public sealed record ReportOverview(UnitRef Unit, PeriodKind Kind, int Year, int Number, DateOnly Deadline, ReportLine Own, IReadOnlyList<ReportLine> Children, Figures ChildrenReported, IReadOnlyList<ReportPeriod> History);

/// <summary>The reporting page's figures: the unit's own period and its direct children's, reported beside live.</summary>
public sealed class ReportDirectory(GuangongDbContext db, StatisticsQuery statistics, TimeProvider clock)
{
    public async Task<ReportOverview> OverviewAsync(UnitRef unit, PeriodKind kind, int year, int number, CancellationToken ct = default)
    {
        var span = new ReportPeriod { Kind = kind, Year = year, Number = number }.Span;
        var figures = await statistics.FiguresAsync(unit, span, ct);
        var ids = figures.Children.Select(c => c.Child.Id).Append(unit.Id).ToList();
        var periods = await db.ReportPeriods.AsNoTracking()
            .Where(p => ids.Contains(p.UnitId) && p.Kind == kind && p.Year == year && p.Number == number).ToListAsync(ct);
        var deadline = ReportPeriod.Deadline(kind, year, number);
        var late = ChinaTime.Today(clock) > deadline;
        ReportLine Line(UnitRef u, Figures live)
        {
            var p = periods.FirstOrDefault(x => x.UnitId == u.Id);
            return new ReportLine(u, p, live, p is { IsClosed: true } ? ReportCommands.SnapshotOf(p) : null, late && p?.Status != PeriodStatus.Submitted);
        }

        var children = figures.Children.Select(c => Line(c.Child, c.Figures)).ToList();
        var reported = new Figures();
        foreach (var c in children.Where(c => c.Period?.Status == PeriodStatus.Submitted))
        {
            reported.AddAll(c.Reported!);
        }

        var history = await db.ReportPeriods.AsNoTracking().Where(p => p.UnitId == unit.Id)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ThenByDescending(p => p.Number).Take(24).ToListAsync(ct);
        return new ReportOverview(unit, kind, year, number, deadline, Line(unit, figures.Total), children, reported, history);
    }
}

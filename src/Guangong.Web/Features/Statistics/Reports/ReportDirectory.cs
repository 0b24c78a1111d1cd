using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Reports;

/// <summary>A unit's line in the reporting overview: its period row (if any), live figures, and whether it is late.</summary>
public sealed record ReportLine(UnitRef Unit, ReportPeriod? Period, Figures Live, Figures? Reported, bool Late)
{
    /// <summary>The units directly below this one and which of them have not reported the same period (filled for the children's rows).</summary>
    public BelowLine? Below { get; init; }

    /// <summary>Indicators whose live value differs from the reported one (changed after closing).</summary>
    public IEnumerable<string> Changed => Reported is null ? [] :
        Live.All.Select(v => v.Key).Concat(Reported.All.Select(v => v.Key)).Distinct()
            .Where(k => Live.Stored(k.Code, k.Key) != Reported.Stored(k.Code, k.Key)).Select(k => k.Code).Distinct();
}

/// <summary>How a child's own units stand: how many there are, and the names of those that have not reported (上报) yet.</summary>
public sealed record BelowLine(int Units, IReadOnlyList<string> NotReported);

public sealed record ReportOverview(UnitRef Unit, PeriodKind Kind, int Year, int Number, DateOnly Deadline, ReportLine Own, IReadOnlyList<ReportLine> Children, Figures ChildrenReported, IReadOnlyList<ReportPeriod> History)
{
    /// <summary>Whether the period is over, and so may be closed (the current month and later may not).</summary>
    public bool Ended { get; init; }
}

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

        var below = await BelowAsync(figures.Children.Select(c => c.Child.Id).ToList(), kind, year, number, ct);
        var children = figures.Children.Select(c => Line(c.Child, c.Figures) with { Below = below.GetValueOrDefault(c.Child.Id) }).ToList();
        var reported = new Figures();
        foreach (var c in children.Where(c => c.Period?.Status == PeriodStatus.Submitted))
        {
            reported.AddAll(c.Reported!);
        }

        var history = await db.ReportPeriods.AsNoTracking().Where(p => p.UnitId == unit.Id)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ThenByDescending(p => p.Number).Take(24).ToListAsync(ct);
        return new ReportOverview(unit, kind, year, number, deadline, Line(unit, figures.Total), children, reported, history)
        {
            Ended = span.EndedBy(ChinaTime.Today(clock)),
        };
    }

    /// <summary>
    /// One level further down: a district sees, beside each town, which of the town's villages, schools and
    /// companies have not reported the period to it (deeper levels are the town's to chase, one click away).
    /// </summary>
    private async Task<Dictionary<long, BelowLine>> BelowAsync(List<long> children, PeriodKind kind, int year, int number, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive && u.ParentId != null && children.Contains(u.ParentId.Value))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new { u.Id, ParentId = u.ParentId!.Value, u.Name }).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var reported = (await db.ReportPeriods.AsNoTracking()
            .Where(p => ids.Contains(p.UnitId) && p.Kind == kind && p.Year == year && p.Number == number && p.Status == PeriodStatus.Submitted)
            .Select(p => p.UnitId).ToListAsync(ct)).ToHashSet();
        return units.GroupBy(u => u.ParentId).ToDictionary(g => g.Key, g => new BelowLine(g.Count(), [.. g.Where(u => !reported.Contains(u.Id)).Select(u => u.Name)]));
    }
}

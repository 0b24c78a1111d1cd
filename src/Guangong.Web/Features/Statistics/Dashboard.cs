using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics;

/// <summary>Plan progress of one section (or, when the section lies above the scope, of one plan), or of one unit below.</summary>
public sealed record PlanProgressRow(string Label, int Total, int Done, int Overdue);

/// <summary>
/// The year's plan progress: a town (or a unit below it) by the sections of its plan; a district and above by the units
/// directly below it, as each runs its own plan and sections of different towns' plans do not add up.
/// </summary>
public sealed record PlanProgress(bool ByUnit, IReadOnlyList<PlanProgressRow> Rows);

public sealed record DashboardData(SubtreeFigures Figures, IReadOnlyDictionary<int, Figures> Months, PlanProgress Plan, IReadOnlyList<string> Categories);

/// <summary>What the dashboard shows for a subtree and a year.</summary>
public sealed class Dashboard(GuangongDbContext db, StatisticsQuery statistics, AssignmentsAsOf assignments, TimeProvider clock)
{
    public async Task<DashboardData> ForAsync(UnitRef unit, int year, CancellationToken ct = default)
    {
        var span = MonthSpan.Year(year);
        var figures = await statistics.FiguresAsync(unit, span, ct);
        var months = await statistics.ByMonthAsync(unit, span, ct);
        var categories = figures.Total.Keys(IndicatorCatalog.ActivitiesHeld.Code).ToList();
        return new DashboardData(figures, months, await PlanAsync(unit, [.. figures.Children.Select(c => c.Child)], year, ct), categories);
    }

    private async Task<PlanProgress> PlanAsync(UnitRef unit, IReadOnlyList<UnitRef> children, int year, CancellationToken ct)
    {
        // Progress as it stood at the end of the year (today while it runs), as the task indicators count it.
        var today = ChinaTime.Today(clock);
        var asOf = SnapshotFigures.AsOf(MonthSpan.Year(year), today);
        var overdueBefore = SnapshotFigures.OverdueBefore(asOf, today);
        if (unit.Level < UnitLevel.Town)
        {
            var counts = await assignments.CountAsync(unit, children, year, asOf, overdueBefore, ct);
            var rows = children.Select(c => (c.Name, Counts: counts.GetValueOrDefault(c.Path))).Where(c => c.Counts is { Total: > 0 })
                .Select(c => new PlanProgressRow(c.Name, c.Counts!.Total, c.Counts.Done, c.Counts.Overdue)).ToList();
            if (counts.GetValueOrDefault(unit.Path) is { Total: > 0 } own)
            {
                rows.Insert(0, new PlanProgressRow($"{unit.Name}（本级）", own.Total, own.Done, own.Overdue));
            }

            return new PlanProgress(true, rows);
        }

        var tasks = await assignments.ReadAsync(unit.Path, year, asOf, ct);
        var taskIds = tasks.Select(t => t.TaskId).Distinct().ToList();

        // A village sees its assignments but not the town's plan text: those group under the plan's title.
        var sections = await db.PlanTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Section!.Number, t.Section.Heading, t.Section.Order }).ToDictionaryAsync(t => t.Id, ct);
        return new PlanProgress(false, [.. tasks.GroupBy(t => sections.TryGetValue(t.TaskId, out var s) ? (s.Order, Name: $"{s.Number}{s.Heading}") : (int.MaxValue, Name: t.PlanTitle))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new PlanProgressRow(g.Key.Name, g.Count(), g.Count(t => t.Percent >= 100), g.Count(t => t.Percent < 100 && t.DueDate is { } d && d < overdueBefore)))]);
    }
}

using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics;

/// <summary>Plan progress of one section (or, when the section lies above the scope, of one plan).</summary>
public sealed record SectionProgress(string Section, int Total, int Done, int Overdue);

public sealed record DashboardData(SubtreeFigures Figures, IReadOnlyDictionary<int, Figures> Months, IReadOnlyList<SectionProgress> Plan, IReadOnlyList<string> Categories);

/// <summary>What the dashboard shows for a subtree and a year.</summary>
public sealed class Dashboard(GuangongDbContext db, StatisticsQuery statistics, AssignmentsAsOf assignments, TimeProvider clock)
{
    public async Task<DashboardData> ForAsync(UnitRef unit, int year, CancellationToken ct = default)
    {
        var span = MonthSpan.Year(year);
        var figures = await statistics.FiguresAsync(unit, span, ct);
        var months = await statistics.ByMonthAsync(unit, span, ct);
        var categories = figures.Total.Keys(IndicatorCatalog.ActivitiesHeld.Code).ToList();
        return new DashboardData(figures, months, await PlanAsync(unit, year, ct), categories);
    }

    private async Task<List<SectionProgress>> PlanAsync(UnitRef unit, int year, CancellationToken ct)
    {
        // Progress as it stood at the end of the year (today while it runs), as the task indicators count it.
        var today = ChinaTime.Today(clock);
        var asOf = SnapshotFigures.AsOf(MonthSpan.Year(year), today);
        var overdueBefore = SnapshotFigures.OverdueBefore(asOf, today);
        var tasks = await assignments.ReadAsync(unit.Path, year, asOf, ct);
        var taskIds = tasks.Select(t => t.TaskId).Distinct().ToList();

        // A village sees its assignments but not the town's plan text: those group under the plan's title.
        var sections = await db.PlanTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Section!.Number, t.Section.Heading, t.Section.Order }).ToDictionaryAsync(t => t.Id, ct);
        return [.. tasks.GroupBy(t => sections.TryGetValue(t.TaskId, out var s) ? (s.Order, Name: $"{s.Number}{s.Heading}") : (int.MaxValue, Name: t.PlanTitle))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new SectionProgress(g.Key.Name, g.Count(), g.Count(t => t.Percent >= 100), g.Count(t => t.Percent < 100 && t.DueDate is { } d && d < overdueBefore)))];
    }
}

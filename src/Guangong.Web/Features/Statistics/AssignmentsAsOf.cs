using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics;

/// <summary>How many applicable plan assignments, and of them how many done and overdue.</summary>
public sealed record TaskCounts(int Total, int Done, int Overdue);

/// <summary>
/// The year's plan assignments of a subtree as they stood on a day, read once per request (the dashboard's indicators and
/// its plan progress both need them): counted from the kept subtree rows (<see cref="Rollup.TaskSubtreeTally"/>) for any
/// subtree, or listed one by one (<see cref="SnapshotFigures.TasksAsOf"/>) for a town's plan by section.
/// </summary>
public sealed class AssignmentsAsOf(GuangongDbContext db)
{
    private readonly Dictionary<(string Path, int Year, DateOnly Day), IReadOnlyList<TaskAsOf>> _read = [];
    private readonly Dictionary<(long Unit, int Year, DateOnly Day, DateOnly OverdueBefore), IReadOnlyDictionary<string, TaskCounts>> _counted = [];

    /// <summary>Every assignment of the subtree, for a town's (or a smaller unit's) plan progress by section.</summary>
    public async Task<IReadOnlyList<TaskAsOf>> ReadAsync(string path, int year, DateOnly day, CancellationToken ct = default)
    {
        if (!_read.TryGetValue((path, year, day), out var tasks))
        {
            using var years = db.Scope.ReadOutside(OutsideReasons.PlanYears);
            _read[(path, year, day)] = tasks = await SnapshotFigures.TasksAsOf(db, path, year, day).ToListAsync(ct);
        }

        return tasks;
    }

    /// <summary>
    /// The subtree's assignments of a plan year on a day, per active child (<paramref name="children"/>, as the caller read them; under its path) and for the rest of the subtree
    /// (under the unit's own path): the subtree rows of the unit and of its children, a few per unit, corrected one by one
    /// for the assignments whose latest report is dated after the day (none while the year runs, unless a report is
    /// dated ahead; a closed year's late reports otherwise). The cost follows the children, not the subtree's size.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, TaskCounts>> CountAsync(UnitRef unit, IReadOnlyList<UnitRef> children, int year, DateOnly day, DateOnly overdueBefore, CancellationToken ct = default)
    {
        if (_counted.TryGetValue((unit.Id, year, day, overdueBefore), out var known))
        {
            return known;
        }

        var ids = children.Select(c => c.Id).Append(unit.Id).ToList();
        var childPaths = children.ToDictionary(c => c.Id, c => c.Path);
        var counts = new Dictionary<string, TaskCounts>(StringComparer.Ordinal);
        void Add(string path, int total, int done, int overdue)
        {
            var c = counts.GetValueOrDefault(path) ?? new TaskCounts(0, 0, 0);
            counts[path] = new TaskCounts(c.Total + total, c.Done + done, c.Overdue + overdue);
        }

        foreach (var row in await db.ByIndex<TaskSubtreeTally>(nameof(TaskSubtreeTally.UnitId), nameof(TaskSubtreeTally.Year), nameof(TaskSubtreeTally.DueDate), nameof(TaskSubtreeTally.Done))
                     .AsNoTracking().Where(t => ids.Contains(t.UnitId) && t.Year == year)
                     .Select(t => new { t.UnitId, t.DueDate, t.Done, t.Count }).ToListAsync(ct))
        {
            var (done, overdue) = (row.Done ? row.Count : 0, !row.Done && row.DueDate < overdueBefore ? row.Count : 0);
            if (childPaths.TryGetValue(row.UnitId, out var childPath))
            {
                Add(childPath, row.Count, done, overdue);
                Add(unit.Path, -row.Count, -done, -overdue);
            }
            else
            {
                Add(unit.Path, row.Count, done, overdue);
            }
        }

        foreach (var later in await LaterReportsAsync(unit.Path, year, day, ct))
        {
            var (now, then) = (later.Percent >= 100, later.Then >= 100);
            if (now != then)
            {
                var late = later.DueDate is { } due && due < overdueBefore;
                var at = children.FirstOrDefault(c => later.UnitPath.StartsWith(c.Path, StringComparison.Ordinal))?.Path ?? unit.Path;
                Add(at, 0, then ? 1 : -1, !then && late ? 1 : !now && late ? -1 : 0);
            }
        }

        _counted[(unit.Id, year, day, overdueBefore)] = counts;
        return counts;
    }

    /// <summary>The subtree's assignments of the year whose latest report is dated after the day, with their percentage then.</summary>
    private async Task<List<LaterReport>> LaterReportsAsync(string path, int year, DateOnly day, CancellationToken ct)
    {
        using var years = db.Scope.ReadOutside(OutsideReasons.PlanYears);
        var planIds = db.WorkPlans.Where(p => p.Year == year).Select(p => p.Id);
        return await db.TaskAssignments.AsNoTracking().InSubtree(path, db.Scope)
            .Where(t => t.LastProgressOn > day && !t.NotApplicable && planIds.Contains(t.PlanId))
            .Select(t => new LaterReport(t.UnitPath, t.DueDate, t.Percent,
                db.TaskProgress.Where(p => p.AssignmentId == t.Id && p.Date <= day).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
                    .Select(p => (int?)p.Percent).FirstOrDefault() ?? 0))
            .ToListAsync(ct);
    }

    private sealed record LaterReport(string UnitPath, DateOnly? DueDate, int Percent, int Then);
}

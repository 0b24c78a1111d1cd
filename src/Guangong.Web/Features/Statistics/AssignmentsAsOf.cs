using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics;

/// <summary>
/// The year's plan assignments of a subtree as they stood on a day (<see cref="SnapshotFigures.TasksAsOf"/>), read once
/// per request: the dashboard's indicators and its plan-progress chart both need them, and at a province they are
/// 160,000 rows (issue 18).
/// </summary>
public sealed class AssignmentsAsOf(GuangongDbContext db)
{
    private readonly Dictionary<(string Path, int Year, DateOnly Day), IReadOnlyList<TaskAsOf>> _read = [];

    public async Task<IReadOnlyList<TaskAsOf>> ReadAsync(string path, int year, DateOnly day, CancellationToken ct = default)
    {
        if (!_read.TryGetValue((path, year, day), out var tasks))
        {
            _read[(path, year, day)] = tasks = await SnapshotFigures.TasksAsOf(db, path, year, day).ToListAsync(ct);
        }

        return tasks;
    }
}

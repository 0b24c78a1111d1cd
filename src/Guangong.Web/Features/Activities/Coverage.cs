using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Which units held which kinds of activity in a period ("实现教育全覆盖无死角"): the units directly
/// below the chosen one (with their own subtrees) × the activity categories; empty cells are the gaps.
/// </summary>
public sealed class Coverage(GuangongDbContext db, CodeLists codeLists)
{
    /// <summary>This year, or the latest year before it with activities in the scope, so a year view does not open empty.</summary>
    public Task<int> LatestYearAsync(int thisYear, CancellationToken ct = default) =>
        db.Activities.AsNoTracking().LatestYearAsync(a => a.Date, thisYear, ct);

    public async Task<CoverageMatrix?> MatrixAsync(long? unitId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var root = unitId is { } id
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
            : await db.Units.AsNoTracking().OrderBy(u => u.Depth).ThenBy(u => u.Path).FirstOrDefaultAsync(ct);
        if (root is null)
        {
            return null;
        }

        // Villages, communities, schools and companies are where activities should reach; member units and stations are partners.
        var reached = new[] { UnitKind.Committee, UnitKind.School, UnitKind.Kindergarten, UnitKind.Enterprise };
        var rows = await db.Units.AsNoTracking().Where(u => u.ParentId == root.Id && u.IsActive && reached.Contains(u.Kind))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new CoverageUnit(u.Id, u.Name, u.Path, u.Kind))
            .ToListAsync(ct);
        rows.Insert(0, new CoverageUnit(root.Id, root.Name + "（本级）", root.Path, root.Kind));

        var held = await db.Activities.AsNoTracking()
            .Where(a => a.Status == ActivityStatus.Completed && a.Date >= from && a.Date <= to)
            .InSubtree(root.Path, db.Scope)
            .Select(a => new { a.UnitPath, a.Category })
            .ToListAsync(ct);

        var counts = new Dictionary<(long, string), int>();
        foreach (var a in held)
        {
            // The root's own row counts only what the root itself held; each child row its whole subtree.
            var row = a.UnitPath == root.Path ? rows[0] : rows.Skip(1).FirstOrDefault(r => a.UnitPath.StartsWith(r.Path, StringComparison.Ordinal));
            if (row is not null)
            {
                counts[(row.Id, a.Category)] = counts.GetValueOrDefault((row.Id, a.Category)) + 1;
            }
        }

        var categories = await codeLists.EnabledValuesAsync("活动类别", ct);
        return new CoverageMatrix(root.Id, root.Name, rows, categories, counts, from, to);
    }
}

public sealed record CoverageUnit(long Id, string Name, string Path, UnitKind Kind);

public sealed record CoverageMatrix(long RootId, string RootName, IReadOnlyList<CoverageUnit> Units, IReadOnlyList<string> Categories, IReadOnlyDictionary<(long, string), int> Counts, DateOnly From, DateOnly To)
{
    public int Count(long unitId, string category) => Counts.GetValueOrDefault((unitId, category));

    public int GapCount(string category) => Units.Skip(1).Count(u => Count(u.Id, category) == 0);
}

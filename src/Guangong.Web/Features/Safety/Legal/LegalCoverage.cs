using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Legal;

/// <summary>One unit's row of the year view: sessions per 四进, sessions and youth reached in all, laws taught.</summary>
public sealed record LegalCoverageRow(long UnitId, string UnitName, bool IsRoot, IReadOnlyDictionary<FourIn, int> Sessions, int Total, int WithoutFourIn, int Youth)
{
    public int For(FourIn f) => Sessions.GetValueOrDefault(f);
}

public sealed record LegalCoverageView(long RootId, string RootName, int Year, IReadOnlyList<LegalCoverageRow> Rows, IReadOnlyDictionary<string, int> Laws)
{
    public int Total => Rows.Sum(r => r.Total);

    public int Youth => Rows.Sum(r => r.Youth);

    /// <summary>Of the 四进, those no unit served this year.</summary>
    public IReadOnlyList<FourIn> Missing => Activities.LegalEducation.AllFourIn.Where(f => Rows.All(r => r.For(f) == 0)).ToList();
}

/// <summary>
/// 关爱明天，普法先行 over a year: the units directly below the chosen one (each with its subtree) × the
/// 四进, from completed activities of a legal-education category; an empty cell is a gap. Counts only.
/// </summary>
public sealed class LegalCoverage(GuangongDbContext db)
{
    public async Task<int> LatestYearAsync(int thisYear, CancellationToken ct = default)
    {
        var years = await db.Activities.AsNoTracking().Where(a => a.Status == ActivityStatus.Completed && a.Date.Year <= thisYear)
            .Select(a => new { a.Category, a.Date.Year }).Distinct().ToListAsync(ct);
        return years.Where(y => Activities.LegalEducation.IsLegalCategory(y.Category)).Select(y => (int?)y.Year).Max() ?? thisYear;
    }

    public async Task<LegalCoverageView?> YearAsync(long? unitId, int year, CancellationToken ct = default)
    {
        var root = unitId is { } id
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
            : await db.Units.AsNoTracking().OrderBy(u => u.Depth).ThenBy(u => u.Path).FirstOrDefaultAsync(ct);
        if (root is null)
        {
            return null;
        }

        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var held = (await db.Activities.AsNoTracking()
                .Where(a => a.Status == ActivityStatus.Completed && a.Date >= from && a.Date <= to)
                .InSubtree(root.Path)
                .Select(a => new { a.UnitPath, a.Category, a.FourIn, a.LawsTaught, a.YouthReached })
                .ToListAsync(ct))
            .Where(a => Activities.LegalEducation.IsLegalCategory(a.Category)).ToList();

        // Villages, communities, schools and companies are where the law should reach; a station or member
        // unit (派出所, 司法所, 法庭) gets a row only when it held sessions itself.
        var reached = new[] { UnitKind.Committee, UnitKind.School, UnitKind.Kindergarten, UnitKind.Enterprise };
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == root.Id && u.IsActive)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new { u.Id, u.Name, u.Path, u.Kind }).ToListAsync(ct);
        children = children.Where(c => reached.Contains(c.Kind) || held.Any(a => a.UnitPath.StartsWith(c.Path, StringComparison.Ordinal))).ToList();

        var rows = new List<LegalCoverageRow>();
        var own = held.Where(a => a.UnitPath == root.Path).ToList();
        rows.Add(Build(root.Id, root.Name + "（本级）", true, own.Select(a => (a.FourIn, a.YouthReached))));
        foreach (var c in children)
        {
            rows.Add(Build(c.Id, c.Name, false, held.Where(a => a.UnitPath.StartsWith(c.Path, StringComparison.Ordinal)).Select(a => (a.FourIn, a.YouthReached))));
        }

        var laws = held.SelectMany(a => Activities.LegalEducation.LawList(a.LawsTaught)).GroupBy(l => l)
            .OrderBy(g => Activities.LegalEducation.Laws.ToList().IndexOf(g.Key)).ToDictionary(g => g.Key, g => g.Count());
        return new LegalCoverageView(root.Id, root.Name, year, rows, laws);
    }

    private static LegalCoverageRow Build(long id, string name, bool isRoot, IEnumerable<(FourIn FourIn, int Youth)> sessions)
    {
        var list = sessions.ToList();
        var per = Activities.LegalEducation.AllFourIn.ToDictionary(f => f, f => list.Count(s => s.FourIn.HasFlag(f)));
        return new LegalCoverageRow(id, name, isRoot, per, list.Count, list.Count(s => s.FourIn == 0), list.Sum(s => s.Youth));
    }
}

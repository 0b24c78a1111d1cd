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
public sealed class LegalCoverage(GuangongDbContext db, IActivityYearTotals yearTotals)
{
    /// <summary>
    /// This year, or the latest year before it with a legal-education session in the unit's subtree (the top of the scope
    /// when none is given): from the monthly activity roll-ups by category (<see cref="IActivityYearTotals"/>), a few rows
    /// by index, not the scope's activities.
    /// </summary>
    public async Task<int> LatestYearAsync(long? unitId, int thisYear, CancellationToken ct = default) =>
        await RootAsync(unitId, ct) is { } root ? await yearTotals.LatestYearAsync(root.Id, thisYear, Activities.LegalEducation.CategoryWords, ct) ?? thisYear : thisYear;

    public async Task<LegalCoverageView?> YearAsync(long? unitId, int year, CancellationToken ct = default)
    {
        if (await RootAsync(unitId, ct) is not { } root)
        {
            return null;
        }

        // Counted in the database by unit, 四进 and laws taught: a district's year holds a hundred thousand activities, of
        // which the legal sessions are a few rows per unit once grouped. The year's legal categories come from the roll-ups
        // (the one or two names its activities were held under), so the rows are read from the index kept for this view by
        // category and date, holding every column asked (a district's year by its path: 0.12 s at the county).
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var categories = await yearTotals.CategoriesAsync(root.Id, year, Activities.LegalEducation.CategoryWords, ct);
        var held = await db.Activities.AsNoTracking()
            .Where(a => categories.Contains(a.Category) && a.Date >= from && a.Date <= to && a.Status == ActivityStatus.Completed)
            .InSubtree(root.Path, db.Scope)
            .GroupBy(a => new { a.UnitPath, a.FourIn, a.LawsTaught })
            .Select(g => new Held(g.Key.UnitPath, g.Key.FourIn, g.Key.LawsTaught, g.Count(), g.Sum(a => a.YouthReached)))
            .ToListAsync(ct);

        // Villages, communities, schools and companies are where the law should reach; a station or member
        // unit (派出所, 司法所, 法庭) gets a row only when it held sessions itself.
        var reached = new[] { UnitKind.Committee, UnitKind.School, UnitKind.Kindergarten, UnitKind.Enterprise };
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == root.Id && u.IsActive)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new { u.Id, u.Name, u.Path, u.Kind }).ToListAsync(ct);
        children = children.Where(c => reached.Contains(c.Kind) || held.Any(a => a.UnitPath.StartsWith(c.Path, StringComparison.Ordinal))).ToList();

        var rows = new List<LegalCoverageRow> { Build(root.Id, root.Name + "（本级）", true, held.Where(a => a.UnitPath == root.Path)) };
        rows.AddRange(children.Select(c => Build(c.Id, c.Name, false, held.Where(a => a.UnitPath.StartsWith(c.Path, StringComparison.Ordinal)))));

        var laws = held.SelectMany(a => Activities.LegalEducation.LawList(a.LawsTaught).Select(l => (Law: l, a.Sessions))).GroupBy(l => l.Law)
            .OrderBy(g => Activities.LegalEducation.Laws.ToList().IndexOf(g.Key)).ToDictionary(g => g.Key, g => g.Sum(l => l.Sessions));
        return new LegalCoverageView(root.Id, root.Name, year, rows, laws);
    }

    private Task<Unit?> RootAsync(long? unitId, CancellationToken ct) => unitId is { } id
        ? db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
        : db.Units.AsNoTracking().OrderBy(u => u.Depth).ThenBy(u => u.Path).FirstOrDefaultAsync(ct);

    /// <summary>The year's legal sessions of one unit with the same 四进 and laws taught.</summary>
    private sealed record Held(string UnitPath, FourIn FourIn, string? LawsTaught, int Sessions, int Youth);

    private static LegalCoverageRow Build(long id, string name, bool isRoot, IEnumerable<Held> sessions)
    {
        var list = sessions.ToList();
        var per = Activities.LegalEducation.AllFourIn.ToDictionary(f => f, f => list.Where(s => s.FourIn.HasFlag(f)).Sum(s => s.Sessions));
        return new LegalCoverageRow(id, name, isRoot, per, list.Sum(s => s.Sessions), list.Where(s => s.FourIn == 0).Sum(s => s.Sessions), list.Sum(s => s.Youth));
    }
}

using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed record UnitMonthLine(long UnitId, string Name, int Submitted, int[] AdoptedByLevel, decimal Points);

public sealed record PersonMonthLine(long CorrespondentId, string Name, string UnitName, int Submitted, int Adopted, decimal Points, int Quota)
{
    public bool QuotaMet => Submitted >= Quota;

    /// <summary>Whether the line has a place in the month's ranking: one who sent nothing has none.</summary>
    public bool Ranked => Submitted > 0 || Points > 0;
}

/// <summary>
/// A month's figures; <paramref name="Silent"/> are the units that sent nothing, in the tree's order, named down to
/// <paramref name="DeepestNamed"/>: the levels of the scope's tree that fit, as the unit pickers list a large scope.
/// </summary>
public sealed record MonthReport(int Year, int Month, IReadOnlyList<UnitMonthLine> Units, IReadOnlyList<PersonMonthLine> People, IReadOnlyList<(long Id, string Name, int Depth)> Silent, bool Closed, int DeepestNamed = int.MaxValue)
{
    public IReadOnlyList<string> UnitsWithNothing { get; } = [.. Silent.Select(u => u.Name)];

    /// <summary>
    /// The silent units a page or a bulletin names (a city's 1,800 village names, a province's 24,000, were one
    /// paragraph); <see cref="SilentLeftOut"/> are the rest.
    /// </summary>
    public IReadOnlyList<string> SilentNamed { get; } = [.. Silent.Where(u => u.Depth <= DeepestNamed).Select(u => u.Name)];

    public int SilentLeftOut => Silent.Count - SilentNamed.Count;

    /// <summary>Past this many correspondents in the scope (every village may have one), a page ranks the first <see cref="TopListed"/> only.</summary>
    public const int MostPeopleListed = FilterUnits.MostShown;

    public const int TopListed = 100;

    /// <summary>
    /// The correspondents a page lists: all of a town's or a district's; of a city's thousands, the first
    /// <see cref="TopListed"/> of the ranking (<see cref="PeopleLeftOut"/> are the rest).
    /// </summary>
    public IReadOnlyList<PersonMonthLine> PeopleListed => Listed(People);

    /// <summary>The rows a ranking page lists: all while they fit <see cref="MostPeopleListed"/>, else the first <see cref="TopListed"/>.</summary>
    public static IReadOnlyList<T> Listed<T>(IReadOnlyList<T> ranked) => ranked.Count <= MostPeopleListed ? ranked : [.. ranked.Take(TopListed)];

    public int PeopleLeftOut => People.Count - PeopleListed.Count;

    /// <summary>The units a page lists, as the correspondents: of a city's 900 sending units in a month, the first <see cref="TopListed"/>.</summary>
    public IReadOnlyList<UnitMonthLine> UnitsListed => Listed(Units);

    /// <summary>The correspondents who sent at least one article this month.</summary>
    public int PeopleWhoSent => People.Count(p => p.Submitted > 0);

    public int Submitted => Units.Sum(u => u.Submitted);

    /// <summary>
    /// Articles written together were sent or taken: each author is credited with one, the article's own unit alone with one, so
    /// the people's figures add up to more than the month's and an author's unit may be among those that sent nothing.
    /// </summary>
    public bool CountsCoAuthors => People.Sum(p => p.Submitted) > Submitted || People.Sum(p => p.Adopted) > Adopted;

    public int Adopted => Units.Sum(u => u.AdoptedByLevel.Sum());
}

/// <summary>A month's publicity figures by unit and by correspondent, scored by the year's rule (<see cref="PublicityScores"/>).</summary>
public sealed class PublicityMonths(GuangongDbContext db, PublicityScores scores, AdoptionCommands adoptions, TownNamedUnits townNames)
{
    public async Task<MonthReport> MonthAsync(int year, int month, CancellationToken ct = default) =>
        (await MonthsAsync(year, month, month, ct)).Single();

    /// <summary>
    /// The reports of the months <paramref name="first"/> to <paramref name="last"/> of a year, read once for them all: the
    /// year's ranking adds up twelve, which read the rule, the year's credits, the scope's units and correspondents twelve
    /// times (a city's 1,900 units, a province's 24,000).
    /// </summary>
    public async Task<IReadOnlyList<MonthReport>> MonthsAsync(int year, int first, int last, CancellationToken ct = default)
    {
        if (first > last)
        {
            return [];
        }

        var (rule, _) = await scores.RuleAsync(year, ct);
        var from = new DateOnly(year, first, 1);
        var to = new DateOnly(year, last, 1).AddMonths(1);
        var credited = await scores.CreditedAsync(rule, from, to, ct);
        var (credits, articleUnits) = (credited.Credits, credited.UnitOf);
        // Flat rows, the articles and their authors apart, as the credits are read (PublicityScores.CreditedAsync): nested lists
        // made EF Core shape a city's year slower than the database took to read it.
        var written = db.Articles.AsNoTracking().Where(a => a.Status != ArticleStatus.Draft && a.WrittenOn >= from && a.WrittenOn < to);
        var submitted = (await written.Select(a => new { a.UnitId, a.WrittenOn }).ToListAsync(ct)).ToLookup(a => a.WrittenOn.Month);
        var submitters = (await written.Join(db.ArticleAuthors, a => a.Id, x => x.ArticleId, (a, x) => new { x.ArticleId, x.CorrespondentId, a.WrittenOn }).ToListAsync(ct))
            .DistinctBy(x => (x.ArticleId, x.CorrespondentId)).ToLookup(x => x.WrittenOn.Month);
        var people = await db.Correspondents.AsNoTracking().Select(c => new { c.Id, c.Name, UnitName = c.Unit!.Name, c.UnitPath, c.Unit.Level, c.Unit.Kind, c.FromDate, c.ToDate }).ToListAsync(ct);
        // In the tree's order (the committees above each unit are among them), each named as the reader names it (a
        // district's villages of two towns may share a name).
        var units = TreeOrder.Sort(
            await db.Units.AsNoTracking().Where(u => u.IsActive && (u.Kind == UnitKind.Committee || u.Kind == UnitKind.School || u.Kind == UnitKind.Kindergarten || u.Kind == UnitKind.Enterprise))
                .Select(u => new { u.Id, u.Name, u.Path, u.SortOrder, u.Depth }).ToListAsync(ct),
            u => u.Id, u => u.Path, u => u.SortOrder, u => u.Name);
        var named = await townNames.ForAsync(units.Select(u => u.Path).Concat(people.Select(p => p.UnitPath)), ct);
        var unitNames = units.Select(u => named(u.Path, u.Name)).ToList();
        var personUnits = people.Select(p => named(p.UnitPath, p.UnitName)).ToList();
        // Cut by the levels of the whole tree, not of the silent units alone: with the district's own committee sending,
        // its silent towns and villages would be the "first two levels" a cut always keeps.
        var deepestNamed = units.Count <= FilterUnits.MostShown ? int.MaxValue : FilterUnits.DeepestShown(units.CountBy(u => u.Depth).Select(l => (l.Key, l.Value)));

        // Adoptions are counted as they happened in the month; points follow the rule (which may count an article once, elsewhere).
        var adopted = credited.AdoptedIn().ToLookup(x => x.Date.Month);
        var creditsByMonth = credits.ToLookup(c => c.Month);
        var levels = Enum.GetValues<OutletLevel>();
        var closedMonths = await adoptions.ClosedMonthsAsync(db.Scope.Path ?? string.Empty, year, ct);
        var reports = new List<MonthReport>();
        for (var month = first; month <= last; month++)
        {
            var m = month;
            var sent = submitted[m];
            var taken = adopted[m];
            var scored = creditsByMonth[m];
            // Counted per unit and per person once, then looked up: a city's 1,900 units each counted over the month's rows.
            var sentBy = sent.CountBy(a => a.UnitId).ToDictionary();
            var takenBy = taken.CountBy(x => (x.UnitId, x.Level)).ToDictionary();
            var pointsBy = scored.GroupBy(c => articleUnits[c.ArticleId]).ToDictionary(g => g.Key, g => g.Sum(c => c.Points));
            var sentByPerson = submitters[m].CountBy(x => x.CorrespondentId).ToDictionary();
            var takenByPerson = taken.SelectMany(x => x.Authors.Select(id => (id, x.ArticleId))).Distinct().CountBy(t => t.id).ToDictionary();
            var pointsByPerson = scored.GroupBy(c => c.CorrespondentId).ToDictionary(g => g.Key, g => g.Sum(c => c.Points));
            var unitLines = units.Select((u, i) => new UnitMonthLine(u.Id, unitNames[i], sentBy.GetValueOrDefault(u.Id),
                    [.. levels.Select(l => takenBy.GetValueOrDefault((u.Id, l)))],
                    pointsBy.GetValueOrDefault(u.Id)))
                .ToList();
            // A correspondent owes the month's quota only in the months they serve (registered from June: none before).
            var (monthStart, monthEnd) = (new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)));
            var personLines = people.Select((p, i) => (Serves: (p.FromDate is null || p.FromDate <= monthEnd) && (p.ToDate is null || p.ToDate >= monthStart),
                    Line: new PersonMonthLine(p.Id, p.Name, personUnits[i],
                    sentByPerson.GetValueOrDefault(p.Id), takenByPerson.GetValueOrDefault(p.Id), pointsByPerson.GetValueOrDefault(p.Id),
                    p.Level == UnitLevel.Village && p.Kind == UnitKind.Committee ? rule.VillageQuota : rule.OtherQuota)))
                .Where(x => x.Serves || x.Line.Submitted > 0 || x.Line.Points > 0)
                .Select(x => x.Serves ? x.Line : x.Line with { Quota = 0 })
                .OrderByDescending(p => p.Points).ThenByDescending(p => p.Submitted).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
            var closed = closedMonths.Contains(m);
            reports.Add(new MonthReport(year, m,
                [.. unitLines.Where(u => u.Submitted > 0 || u.Points > 0 || u.AdoptedByLevel.Sum() > 0).OrderByDescending(u => u.Points).ThenByDescending(u => u.Submitted)],
                personLines, [.. unitLines.Zip(units).Where(u => u.First.Submitted == 0).Select(u => (u.First.UnitId, u.First.Name, u.Second.Depth))], closed, deepestNamed));
        }

        return reports;
    }
}

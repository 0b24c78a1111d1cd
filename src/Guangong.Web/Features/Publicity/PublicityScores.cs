using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed record ScoreChange(string Name, decimal Before, decimal After);

/// <summary>An adoption as a month's figures count it: by the article's unit and authors, at the outlet's level.</summary>
public sealed record AdoptionSeen(long ArticleId, long UnitId, IReadOnlyList<long> Authors, OutletLevel Level, DateOnly Date);

/// <summary>The credits of a period, the articles scored for them and each one's unit.</summary>
public sealed record CreditedArticles(IReadOnlyList<Credit> Credits, IReadOnlyList<ScoredArticle> Articles, IReadOnlyDictionary<long, long> UnitOf, DateOnly From, DateOnly To)
{
    /// <summary>The adoptions dated in the period (the articles read carry their other adoptions too).</summary>
    public IReadOnlyList<AdoptionSeen> AdoptedIn() =>
        [.. Articles.SelectMany(a => a.Adoptions.Where(x => x.Date >= From && x.Date < To).Select(x => new AdoptionSeen(a.Id, UnitOf[a.Id], a.Authors, x.Level, x.Date)))];
}

/// <summary>
/// The 量化考核 rule and the credits it gives. Scores are computed from the rule and the adoptions every time they are
/// shown (here, and by month in <see cref="PublicityMonths"/>), so there is no stored score that could be typed or go stale.
/// </summary>
public sealed class PublicityScores(GuangongDbContext db)
{
    /// <summary>The rule for the year: the scope unit's own, else the nearest unit's above it, else the default.</summary>
    public async Task<(ScoringRule Rule, bool Own)> RuleAsync(int year, CancellationToken ct = default)
    {
        var path = db.Scope.Path ?? string.Empty;
        var own = await db.ScoringRules.AsNoTracking().SingleOrDefaultAsync(r => r.Year == year && r.UnitPath == path, ct);
        if (own is not null)
        {
            return (own, true);
        }

        using var _ = db.Scope.ReadOutside(OutsideReasons.RulesFromAbove);
        var above = (await db.ScoringRules.AsNoTracking().Where(r => r.Year == year).ToListAsync(ct))
            .Where(r => path.StartsWith(r.UnitPath, StringComparison.Ordinal)).MaxBy(r => r.UnitPath.Length);
        return (above ?? new ScoringRule { Year = year }, false);
    }

    public async Task<IReadOnlyList<Credit>> CreditsAsync(ScoringRule rule, int year, CancellationToken ct = default) =>
        (await CreditedAsync(rule, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), ct)).Credits;

    /// <summary>
    /// The credits dated from <paramref name="from"/> to before <paramref name="to"/>, and the articles read for them.
    /// A credit is dated by an adoption or a bonus of its article, so only the articles with one in those dates are read
    /// (each with all its adoptions, which decide where its points fall): a month's page reads its month's articles, not
    /// the year's (a city's year is 10,000 articles). Every adoption in those dates is among them, so the months' adoption
    /// counts come from the same read (<see cref="CreditedArticles.AdoptedIn"/>).
    /// </summary>
    internal async Task<CreditedArticles> CreditedAsync(ScoringRule rule, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // The dated articles as one IN over a union: as two EXISTS joined by OR, PostgreSQL ran the bonuses' for each article of the scope.
        var dated = db.Adoptions.Where(x => x.Date >= from && x.Date < to).Select(x => x.ArticleId)
            .Concat(db.ArticleBonuses.Where(b => b.Date >= from && b.Date < to).Select(b => b.ArticleId));
        // Read flat, each part apart: as one query with the three lists nested, EF Core took 100 ms to shape a city's year (55 now).
        var articles = await db.Articles.AsNoTracking().Where(a => dated.Contains(a.Id)).Select(a => new { a.Id, a.UnitId, a.Kind }).ToListAsync(ct);
        var authors = (await db.ArticleAuthors.AsNoTracking().Where(x => dated.Contains(x.ArticleId)).Select(x => new { x.ArticleId, x.CorrespondentId, x.Position, x.Id }).ToListAsync(ct))
            .OrderBy(x => x.Position).ThenBy(x => x.Id).ToLookup(x => x.ArticleId, x => x.CorrespondentId);
        var adoptions = (await db.Adoptions.AsNoTracking().Where(x => dated.Contains(x.ArticleId)).Select(x => new { x.ArticleId, x.Outlet!.Level, x.Date, x.Id }).ToListAsync(ct))
            .OrderBy(x => x.Id).ToLookup(x => x.ArticleId, x => (x.Level, x.Date));
        var bonuses = (await db.ArticleBonuses.AsNoTracking().Where(b => dated.Contains(b.ArticleId)).Select(b => new { b.ArticleId, b.IsAward, b.Date, b.Id }).ToListAsync(ct))
            .OrderBy(b => b.Id).ToLookup(b => b.ArticleId, b => (b.IsAward, b.Date));
        List<ScoredArticle> scored = [.. articles.Select(a => new ScoredArticle(a.Id, a.Kind, [.. authors[a.Id]], [.. adoptions[a.Id]], [.. bonuses[a.Id]]))];
        var credits = ScoreCalculator.Credits(rule, scored);
        return new([.. credits.Where(c => new DateOnly(c.Year, c.Month, 1) >= from && new DateOnly(c.Year, c.Month, 1) < to)],
            scored, articles.ToDictionary(a => a.Id, a => a.UnitId), from, to);
    }

    /// <summary>
    /// The month the publicity views open on: this month, unless this year has no article written or adopted in the
    /// scope yet; then the latest month before it that has (a town whose articles are all from past years does not open
    /// on a year of zeros).
    /// </summary>
    public async Task<DateOnly> OpeningMonthAsync(DateOnly today, CancellationToken ct = default)
    {
        var written = await db.Articles.AsNoTracking().Where(a => a.Status != ArticleStatus.Draft).LatestDateAsync(a => a.WrittenOn, today, ct);
        var adopted = await db.Adoptions.AsNoTracking().LatestDateAsync(a => a.Date, today, ct);
        return new[] { written, adopted }.Max() is { } latest && latest.Year < today.Year ? latest : today;
    }

    /// <summary>Saves the scope unit's rule for the year and answers whose year total it changed.</summary>
    public async Task<CommandResult<IReadOnlyList<ScoreChange>>> SaveRuleAsync(int year, RuleInput input, CancellationToken ct = default)
    {
        var (current, own) = await RuleAsync(year, ct);
        if (own && current.Version != input.Version)
        {
            return CommandResult<IReadOnlyList<ScoreChange>>.Invalid(string.Empty, CommandResult<object>.ConflictMessage);
        }

        var errors = new List<FieldError>();
        var table = new decimal[4][];
        for (var k = 0; k < 4; k++)
        {
            table[k] = new decimal[5];
            for (var l = 0; l < 5; l++)
            {
                var cell = input.Points.ElementAtOrDefault(k * 5 + l);
                if (!decimal.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) || p > 1000 || decimal.Round(p, 1) != p)
                {
                    errors.Add(new($"p-{k}-{l}", $"{EnumText.Of((ArticleKind)(k + 1))}在{EnumText.Of((OutletLevel)(l + 1))}级媒体的分值应为0到1000之间的数，最多一位小数。"));
                }

                table[k][l] = p;
            }
        }

        var village = Quota(input.VillageQuota, nameof(input.VillageQuota), errors);
        var other = Quota(input.OtherQuota, nameof(input.OtherQuota), errors);
        var instruction = Bonus(input.InstructionBonus, nameof(input.InstructionBonus), errors);
        var award = Bonus(input.AwardBonus, nameof(input.AwardBonus), errors);
        var share = EnumText.Parse<CoAuthorShare>(input.Share);
        if (share is null)
        {
            errors.Add(new(nameof(input.Share), "请选择合作稿件的分值分配方式。"));
        }

        var unit = db.Scope.UnitId is { } uid ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uid, ct) : null;
        if (unit is null)
        {
            errors.Add(new(string.Empty, "请先在右上角选择一个单位。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<IReadOnlyList<ScoreChange>>.Invalid(errors);
        }

        var before = await TotalsAsync(current, year, ct);
        var rule = own ? await db.ScoringRules.SingleAsync(r => r.Id == current.Id, ct) : new ScoringRule { Year = year, UnitId = unit!.Id, UnitPath = unit.Path };
        rule.SetPoints(table);
        rule.HighestLevelOnce = input.HighestLevelOnce;
        rule.Share = share!.Value;
        rule.VillageQuota = village;
        rule.OtherQuota = other;
        rule.InstructionBonus = instruction;
        rule.AwardBonus = award;
        if (!own)
        {
            db.ScoringRules.Add(rule);
        }

        var saved = await db.SaveOrConflictAsync(rule, rule.Id, ct);
        if (!saved.Succeeded)
        {
            return CommandResult<IReadOnlyList<ScoreChange>>.Invalid(string.Empty, CommandResult<object>.ConflictMessage);
        }

        var after = await TotalsAsync(rule, year, ct);
        var names = await db.Correspondents.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return CommandResult<IReadOnlyList<ScoreChange>>.Ok([.. before.Keys.Union(after.Keys)
            .Select(id => new ScoreChange(names.GetValueOrDefault(id, "（已不在范围内）"), before.GetValueOrDefault(id), after.GetValueOrDefault(id)))
            .Where(c => c.Before != c.After).OrderBy(c => c.Name, StringComparer.Ordinal)]);
    }

    private async Task<Dictionary<long, decimal>> TotalsAsync(ScoringRule rule, int year, CancellationToken ct) =>
        (await CreditsAsync(rule, year, ct)).GroupBy(c => c.CorrespondentId).ToDictionary(g => g.Key, g => g.Sum(c => c.Points));

    private static int Quota(string? text, string field, List<FieldError> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q <= 31)
        {
            return q;
        }

        errors.Add(new(field, "每月任务数应为0到31之间的整数。"));
        return 0;
    }

    private static decimal Bonus(string? text, string field, List<FieldError> errors)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var b) && b <= 1000 && decimal.Round(b, 1) == b)
        {
            return b;
        }

        errors.Add(new(field, "加分应为0到1000之间的数，最多一位小数。"));
        return 0;
    }
}

public sealed class RuleInput
{
    /// <summary>20 cells: by article kind, then by outlet level (lowest first).</summary>
    public List<string?> Points { get; set; } = [];

    public bool HighestLevelOnce { get; set; }

    public string? Share { get; set; }

    public string? VillageQuota { get; set; }

    public string? OtherQuota { get; set; }

    public string? InstructionBonus { get; set; }

    public string? AwardBonus { get; set; }

    public long Version { get; set; }

    public static RuleInput From(ScoringRule r) => new()
    {
        Points = [.. r.Table().SelectMany(row => row.Select(p => (string?)p.ToString(CultureInfo.InvariantCulture)))],
        HighestLevelOnce = r.HighestLevelOnce,
        Share = r.Share.ToString(),
        VillageQuota = r.VillageQuota.ToString(CultureInfo.InvariantCulture),
        OtherQuota = r.OtherQuota.ToString(CultureInfo.InvariantCulture),
        InstructionBonus = r.InstructionBonus.ToString(CultureInfo.InvariantCulture),
        AwardBonus = r.AwardBonus.ToString(CultureInfo.InvariantCulture),
        Version = r.Version,
    };
}

namespace Guangong.Web.Features.Publicity;

/// <summary>An article as the scoring sees it.</summary>
public sealed record ScoredArticle(
    long Id,
    ArticleKind Kind,
    IReadOnlyList<long> Authors,
    IReadOnlyList<(OutletLevel Level, DateOnly Date)> Adoptions,
    IReadOnlyList<(bool IsAward, DateOnly Date)> Bonuses);

/// <summary>Points credited to one author for one article in one month; <see cref="Level"/> is null for a bonus.</summary>
public sealed record Credit(long ArticleId, long CorrespondentId, int Year, int Month, decimal Points, OutletLevel? Level);

/// <summary>
/// The 量化考核 arithmetic, pure: from the rule and the adoptions to each author's points by month.
/// With "highest level once" an article counts in the month of its highest adoption (the earliest,
/// when two are at that level); otherwise every adoption counts in its own month.
/// </summary>
public static class ScoreCalculator
{
    public static IReadOnlyList<Credit> Credits(ScoringRule rule, IEnumerable<ScoredArticle> articles)
    {
        var credits = new List<Credit>();
        // The rule's table parsed once, not per adoption (a city's year is 10,000 of them).
        var table = rule.Table();
        foreach (var article in articles.Where(a => a.Authors.Count > 0))
        {
            var counted = rule.HighestLevelOnce
                ? article.Adoptions.OrderByDescending(a => a.Level).ThenBy(a => a.Date).Take(1)
                : article.Adoptions;
            foreach (var (level, date) in counted)
            {
                Share(credits, rule, article, date, ScoringRule.PointsIn(table, article.Kind, level), level);
            }

            foreach (var (isAward, date) in article.Bonuses)
            {
                Share(credits, rule, article, date, isAward ? rule.AwardBonus : rule.InstructionBonus, null);
            }
        }

        return credits;
    }

    private static void Share(List<Credit> credits, ScoringRule rule, ScoredArticle article, DateOnly date, decimal points, OutletLevel? level)
    {
        if (rule.Share == CoAuthorShare.FirstAuthorFull || article.Authors.Count == 1)
        {
            credits.Add(new Credit(article.Id, article.Authors[0], date.Year, date.Month, points, level));
            return;
        }

        var each = Math.Round(points / article.Authors.Count, 2);
        credits.AddRange(article.Authors.Select(a => new Credit(article.Id, a, date.Year, date.Month, each, level)));
    }
}

using Guangong.Web.Features.Publicity;

namespace Guangong.Web.Tests.Publicity;

public sealed class ScoreCalculatorTests
{
    private static readonly DateOnly March = new(2023, 3, 5);
    private static readonly DateOnly April = new(2023, 4, 2);

    private static ScoredArticle Article(ArticleKind kind, long[] authors, params (OutletLevel, DateOnly)[] adoptions) =>
        new(1, kind, authors, adoptions, []);

    [Fact]
    public void An_article_adopted_at_several_levels_counts_once_at_its_highest_in_that_adoptions_month()
    {
        var credits = ScoreCalculator.Credits(new ScoringRule(), [Article(ArticleKind.Feature, [7], (OutletLevel.Town, March), (OutletLevel.City, April))]);
        var only = Assert.Single(credits);
        Assert.Equal((7L, 4, 10m, (OutletLevel?)OutletLevel.City), (only.CorrespondentId, only.Month, only.Points, only.Level));
    }

    [Fact]
    public void Without_highest_once_every_adoption_counts_in_its_month()
    {
        var credits = ScoreCalculator.Credits(new ScoringRule { HighestLevelOnce = false }, [Article(ArticleKind.Brief, [7], (OutletLevel.Town, March), (OutletLevel.District, April))]);
        Assert.Equal([(3, 0.5m), (4, 1.5m)], credits.Select(c => (c.Month, c.Points)));
    }

    [Fact]
    public void Co_authors_get_nothing_or_an_equal_share_as_the_rule_says()
    {
        var article = Article(ArticleKind.Feature, [7, 8, 9], (OutletLevel.Province, March));
        Assert.Equal([(7L, 20m)], ScoreCalculator.Credits(new ScoringRule(), [article]).Select(c => (c.CorrespondentId, c.Points)));
        Assert.Equal([(7L, 6.67m), (8L, 6.67m), (9L, 6.67m)], ScoreCalculator.Credits(new ScoringRule { Share = CoAuthorShare.SplitEqually }, [article]).Select(c => (c.CorrespondentId, c.Points)));
    }

    [Fact]
    public void A_leaders_instruction_and_an_award_add_their_bonus_in_their_month()
    {
        var article = new ScoredArticle(1, ArticleKind.Brief, [7], [], [(false, March), (true, April)]);
        Assert.Equal([(3, 5m, (OutletLevel?)null), (4, 10m, null)], ScoreCalculator.Credits(new ScoringRule(), [article]).Select(c => (c.Month, c.Points, c.Level)));
    }

    [Fact]
    public void The_points_table_round_trips_and_a_missing_cell_reads_as_zero()
    {
        var rule = new ScoringRule();
        var table = rule.Table();
        table[3][4] = 35.5m;
        rule.SetPoints(table);
        Assert.Equal(35.5m, rule.PointsFor(ArticleKind.Video, OutletLevel.National));
        Assert.Equal(0m, new ScoringRule { PointsTable = "1,2" }.PointsFor(ArticleKind.Feature, OutletLevel.Town));
    }
}

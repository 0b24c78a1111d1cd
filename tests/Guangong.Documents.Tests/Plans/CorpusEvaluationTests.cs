using Guangong.Documents.Plans;
using Guangong.Documents.Plans.Evaluation;

namespace Guangong.Documents.Tests.Plans;

/// <summary>
/// The evaluation corpus (Plans/Corpus: invented documents written after the public patterns of town
/// committee plans, summaries and rules, each with NAME.expected.json) scored as `plan eval` scores it.
/// </summary>
public class CorpusEvaluationTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Plans", "Corpus");

    [Fact]
    public void Corpus_meets_the_targets_of_issue_20()
    {
        var score = PlanEvaluator.EvaluateFolder(Corpus);
        var report = score.Format();

        Assert.True(score.Documents.Count >= 40, report);
        Assert.True(score.Crashes == 0, report);
        Assert.True(score.HeadingRecall >= 0.95, report);
        Assert.True(score.HeadingPrecision >= 0.95, report);
        Assert.True(score.ItemRecall >= 0.90, report);
        Assert.True(score.RosterRecall >= 0.90, report);
    }

    [Fact]
    public void A_wrong_expectation_lowers_the_scores()
    {
        var plan = PlanTextParser.Parse("某镇2024年关心下一代工作计划\n一、加强学习\n1．组织学习。\n二、加强宣传\n1．做好宣传。");
        var expected = new PlanExpectation(null, PlanDocumentKind.Summary, ["加强学习", "开展活动"], ["组织学习", "表彰先进"], ["主任|张三|镇长"], null);

        var score = new CorpusScore([PlanEvaluator.Evaluate("wrong", plan, expected)]);

        Assert.Equal(0.5, score.HeadingRecall);
        Assert.Equal(0.5, score.HeadingPrecision);
        Assert.Equal(0.5, score.ItemRecall);
        Assert.Equal(0, score.RosterRecall);
        Assert.Equal(0, score.KindAccuracy);
        Assert.Contains("missed heading: 开展活动", score.Format());
    }
}

using Guangong.Web.Features.Plans;

namespace Guangong.Web.Tests.Documents;

/// <summary>The summary names a task by a whole clause: never cut mid-word, never inside quotation marks.</summary>
public sealed class SummaryWordingTests
{
    [Fact]
    public void A_long_task_is_named_by_a_whole_clause_ending_at_a_comma()
    {
        // The old draft cut this at 80 characters: "…推动全镇关心下（已完成，完成100%）".
        const string task = "坚持把学习宣传贯彻落实党的二十大精神作为当前和今后一个时期首要政治任务，把党的二十大提出的战略部署和镇党委要求转化为工作思路，具体策略和实际行动，推动全镇关心下一代工作高质量发展，通过认真学习，广泛宣传。";

        var phrase = YearEndSummary.TaskPhrase(task);

        Assert.StartsWith(phrase, task, StringComparison.Ordinal);
        Assert.Equal('，', task[phrase.Length]);
        Assert.True(phrase.Length <= 60, phrase);
    }

    [Fact]
    public void A_cut_never_leaves_a_quotation_mark_or_book_title_open()
    {
        const string task = "落实“急党政所急，想青少年所需，尽关工委所能”的工作方针，坚持党建带关建，带领广大青少年，坚定不移听党话，跟党走，把《实施意见》的各项要求逐条落到实处，确保取得实效。";

        var phrase = YearEndSummary.TaskPhrase(task);

        Assert.Equal(phrase.Count(c => c == '“'), phrase.Count(c => c == '”'));
        Assert.Equal(phrase.Count(c => c == '《'), phrase.Count(c => c == '》'));
        Assert.Equal("加强基层关工组织建设", YearEndSummary.TaskPhrase("加强基层关工组织建设。"));
    }
}

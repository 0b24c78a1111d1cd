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

    [Fact]
    public void A_task_that_opens_with_its_frame_is_named_by_what_it_does()
    {
        // 郑陆's 三、1: cut at its first comma it read "根据……《关于全面推进校外教育辅导站的实施意见》，已完成约30%".
        const string task = "根据天宁区文明办、区教育局、区财政局、区关工委联合颁发的《关于全面推进校外教育辅导站的实施意见》，围绕“组织领导有力，装备实施良好，辅导队伍稳定，管理制度健全，活动常态有效”的总体目标，以创建优秀校外教育辅导站建设为杠杆，努力打造制度化、协同化、联合化校外教育机制，推进优秀校外教育辅导站和特色“五老”工作室创建，做好推荐创“市优”、“区优”的申报工作。";

        Assert.Equal("努力打造制度化、协同化、联合化校外教育机制，推进优秀校外教育辅导站和特色“五老”工作室创建", YearEndSummary.TaskPhrase(task));

        // A short sentence is whole, frame and all; "以文育人" is what is done, not a frame.
        Assert.Equal("根据区关工委部署，开展法治宣传", YearEndSummary.TaskPhrase("根据区关工委部署，开展法治宣传。"));
        Assert.StartsWith("以文育人", YearEndSummary.TaskPhrase("以文育人，以文化人，涵养社会主义核心价值观，将本镇的革命文化、历史文化、古镇文化、美丽乡村文化等融入“文化塑造未来”铸魂工程之中，全面推进。"), StringComparison.Ordinal);
    }
}

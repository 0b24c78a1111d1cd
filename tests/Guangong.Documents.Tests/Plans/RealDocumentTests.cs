using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

/// <summary>Issue 20: documents as they reach a town officer (sharing sites, WPS numbering, rules, rosters in prose).</summary>
public class RealDocumentTests
{
    private static PlanDocument Parse(params string[] lines) => PlanTextParser.Parse(string.Join("\n", lines));

    [Fact]
    public void Page_counters_of_a_sharing_site_are_dropped_and_the_pages_joined()
    {
        var plan = Parse(
            "1、某镇2024年关心下一代工作计划2024年，镇关工委将围绕立德树人根本任务开展工作。一、加强学习 1．组织关工委成员集中学习党的二十大精神，全年不少于6次。2．开展“五老”学习交流活动，分享",
            "2、工作经验。二、加强宣传 1．建立通讯员队伍，每月报送信息。2．年底前编印简报4期。");

        Assert.Equal("某镇2024年关心下一代工作计划", plan.Title);
        Assert.Equal(["加强学习", "加强宣传"], plan.Sections.Select(s => s.Heading));
        Assert.Equal("开展“五老”学习交流活动，分享工作经验。", plan.Sections[0].Items[1].Text);
        Assert.Contains(PageChunkJoiner.Warning, plan.Warnings);
    }

    [Fact]
    public void Items_numbered_one_two_that_end_their_sentences_are_not_page_counters()
    {
        var plan = Parse(
            "某村2024年工作打算",
            "1、配合村两委做好留守儿童摸底登记，建立一人一档，做到底数清、情况明、措施实，每季度更新一次档案信息。",
            "2、组织“五老”志愿者每周开展一次四点半课堂辅导，帮助双职工家庭的孩子完成作业，培养良好学习习惯。");

        Assert.Equal(["1", "2"], plan.Sections.Single().Items.Select(i => i.Number));
        Assert.DoesNotContain(PageChunkJoiner.Warning, plan.Warnings);
    }

    [Fact]
    public void Chapters_and_their_sections_are_headings_and_articles_are_items()
    {
        var plan = Parse(
            "某乡校外教育辅导站管理细则",
            "第一章 总则",
            "第一条 为规范辅导站管理，制定本细则。",
            "第二章 建设标准",
            "第一节 场地与设施",
            "第二条 辅导站应有固定活动场所。",
            "第二节 辅导队伍",
            "第三条 辅导站应有辅导员5名以上。",
            "第四条 辅导员每年参加培训。");

        Assert.Equal(["第一章", "第二章", "第一节", "第二节"], plan.Sections.Select(s => s.Number));
        Assert.Equal([1, 1, 2, 2], plan.Sections.Select(s => s.Level));
        Assert.Equal(["第三条", "第四条"], plan.Sections[3].Items.Select(i => i.Number));
        Assert.Equal(PlanDocumentKind.Rules, plan.Kind);
    }

    [Fact]
    public void A_roster_written_as_a_sentence_gives_role_name_and_post_and_skips_groups()
    {
        var plan = Parse(
            "某乡关于调整乡关工委组成人员的通知",
            "经研究，由乡党委副书记王建国同志任主任，李明、张华同志任副主任，各村书记任成员。");

        Assert.Equal(
            [new RosterMember("主任", "王建国", "乡党委副书记"), new RosterMember("副主任", "李明", ""), new RosterMember("副主任", "张华", "")],
            plan.Roster);
    }

    [Fact]
    public void A_leading_group_written_with_yi_and_wei_is_a_roster()
    {
        var plan = Parse("成立以镇长刘强为组长，副镇长陈伟、派出所所长赵刚为副组长，各村书记为成员的领导小组。以立德树人为根本任务。");

        Assert.Equal(
            [new RosterMember("组长", "刘强", "镇长"), new RosterMember("副组长", "陈伟", "副镇长"), new RosterMember("副组长", "赵刚", "派出所所长")],
            plan.Roster);
    }

    [Fact]
    public void Padded_two_character_names_in_a_row_are_separate_people()
    {
        var plan = Parse("某镇关工委名单", "组    长：马向东（乡党委副书记）", "成    员：许  强  韩  梅  曹丽娟", "联 络 员：邓  超（乡关工委干事）");

        Assert.Equal(["马向东", "许强", "韩梅", "曹丽娟", "邓超"], plan.Roster.Select(r => r.Name));
        Assert.Equal("联络员", plan.Roster[^1].Role);
    }

    [Theory]
    [InlineData("某镇2024年关心下一代工作要点", PlanDocumentKind.Plan)]
    [InlineData("某镇关工委2023年工作总结", PlanDocumentKind.Summary)]
    [InlineData("关于某镇2023年关心下一代工作情况的汇报", PlanDocumentKind.Summary)]
    [InlineData("“五老”志愿者某某同志事迹材料", PlanDocumentKind.Summary)]
    [InlineData("某镇关工委“五老”志愿者管理办法", PlanDocumentKind.Rules)]
    [InlineData("某镇民企关工委“五有五好”建设标准", PlanDocumentKind.Rules)]
    [InlineData("关于开展暑期防溺水宣传活动的通知", PlanDocumentKind.Notice)]
    public void The_title_tells_what_kind_of_document_it_is(string title, PlanDocumentKind kind)
    {
        Assert.Equal(kind, Parse(title, "一、第一部分", "内容。", "二、第二部分", "内容。").Kind);
    }

    [Fact]
    public void A_notice_that_issues_a_plan_gives_the_plans_kind()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao));

        Assert.Equal(PlanDocumentKind.Plan, plan.Kind);
        Assert.True(plan.IssuedByNotice);
        Assert.Empty(plan.Figures);
    }

    [Fact]
    public void Seeds_are_sure_and_text_without_numbering_is_not()
    {
        var seed = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu));
        Assert.All(seed.Sections, s => Assert.Equal(1.0, s.Confidence));
        Assert.All(seed.Sections.SelectMany(s => s.Items), i => Assert.Equal(1.0, i.Confidence));

        var flattened = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu).Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.All(flattened.Sections, s => Assert.InRange(s.Confidence, 0.5, 0.9));

        var paragraphs = Parse("做好留守儿童关爱工作。", "开展暑期防溺水巡逻。");
        Assert.All(paragraphs.Sections.SelectMany(s => s.Items), i => Assert.True(i.Confidence < 0.7));
    }

    [Fact]
    public void A_gap_in_the_numbering_lowers_the_confidence_of_that_section_only()
    {
        var plan = Parse("某镇2024年工作计划", "一、学习", "认真学习。", "二、宣传", "做好宣传。", "四、帮扶", "结对帮扶。");

        Assert.Equal([1.0, 1.0, 0.6], plan.Sections.Select(s => s.Confidence));
    }
}

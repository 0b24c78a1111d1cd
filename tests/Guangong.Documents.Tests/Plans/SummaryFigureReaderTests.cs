using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class SummaryFigureReaderTests
{
    [Fact]
    public void Figures_come_with_their_indicator_unit_and_whether_they_are_approximate()
    {
        var figures = SummaryFigureReader.Read("全年举办讲座12场，受教育学生3000余人次，结对帮扶留守儿童30名，发放助学金1.2万元。");

        Assert.Equal(
            [("举办讲座", 12m, "场", false), ("受教育学生", 3000m, "人次", true), ("结对帮扶留守儿童", 30m, "名", false), ("发放助学金", 12000m, "元", false)],
            figures.Select(f => (f.Indicator, f.Number, f.Unit, f.Approximate)));
        Assert.Equal("全年举办讲座12场，受教育学生3000余人次，结对帮扶留守儿童30名，发放助学金1.2万元。", figures[0].Sentence);
    }

    [Fact]
    public void Dates_ordinals_and_ages_are_not_figures()
    {
        Assert.Empty(SummaryFigureReader.Read("2023年5月12日，第5期培训班开班，学员年龄10岁至14岁。"));
    }

    [Fact]
    public void Near_and_about_make_a_figure_approximate()
    {
        var figures = SummaryFigureReader.Read("新增志愿者近40名；覆盖青少年约5000人次。");

        Assert.All(figures, f => Assert.True(f.Approximate));
        Assert.Equal(["新增志愿者", "覆盖青少年"], figures.Select(f => f.Indicator));
    }

    [Fact]
    public void A_summary_carries_its_figures_and_a_plan_does_not()
    {
        var summary = PlanTextParser.Parse("某村2023年工作总结\n一、关爱帮扶\n结对帮扶留守儿童30名。\n二、宣传\n发表稿件15篇。");
        var plan = PlanTextParser.Parse("某村2024年工作计划\n一、关爱帮扶\n结对帮扶留守儿童30名。\n二、宣传\n发表稿件15篇。");

        Assert.Equal(["结对帮扶留守儿童", "发表稿件"], summary.Figures.Select(f => f.Indicator));
        Assert.Empty(plan.Figures);
    }
}

public class SummaryReportMatcherTests
{
    [Fact]
    public void Each_plan_item_gets_the_summary_paragraphs_that_report_on_it()
    {
        var summary = PlanTextParser.Parse("""
            某镇关工委2023年工作总结
            一、思想教育
            全年组织“五老”进校园宣讲党史18场，受教育学生2600余人次。
            二、平安建设
            暑期组织志愿者沿河开展防溺水巡逻60余次，全镇未发生溺水事故。
            三、宣传工作
            全年在区级以上媒体发表信息稿件32篇。
            """);
        string[] items = ["暑期组织“五老”志愿者开展防溺水巡逻。", "组织“五老”进校园讲党史，全年不少于10场。", "建立留守儿童关爱档案。"];

        var reports = SummaryReportMatcher.Match(items, summary);

        Assert.Contains("防溺水巡逻60余次", reports[0].Paragraphs[0]);
        Assert.Contains("宣讲党史18场", reports[1].Paragraphs[0]);
        Assert.Empty(reports[2].Paragraphs);
    }

    [Fact]
    public void A_summary_in_its_own_words_finds_the_long_items_of_the_real_plan_it_reports_on()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu));
        var items = plan.Sections.SelectMany(s => s.Items.Select(i => (Label: $"{s.Number}.{i.Number}", i.Text))).ToList();
        var summary = PlanTextParser.Parse("""
            郑陆镇关工委2023年上半年工作总结
            今年以来，镇关工委在镇党委的领导下，紧扣年初工作意见，扎实推进各项工作。
            一、加强组织建设
            各村、社区、学校关工委班子已全部调整到位，新增“五老”志愿者23名，镇村两级关工组织做到有人管事、有处议事。
            二、开展主题教育
            各村、社区、学校围绕“爷爷奶奶一堂课”组织撰写征文86篇，《银龄关爱，同行致远》内刊已完成初选。
            三、法治教育
            开展法治教育进校园、进村、进社区、进企业活动12场，受教育学生3000余人次，巩固未成年人零犯罪村（社区）建设成效。
            """);

        var reports = SummaryReportMatcher.Match([.. items.Select(i => i.Text)], summary);
        string? Best(string label) => reports[items.FindIndex(i => i.Label == label)].Paragraphs.FirstOrDefault();

        Assert.Contains("进校园、进村", Best("四.1"));
        Assert.Contains("爷爷奶奶一堂课", Best("二.3"));
        Assert.Contains("调整到位", Best("一.3"));
        // Most items are not reported on by three short paragraphs; proposing one for each would be noise.
        Assert.True(reports.Count(r => r.Paragraphs.Count > 0) <= items.Count / 2, $"{reports.Count(r => r.Paragraphs.Count > 0)} of {items.Count} items got a paragraph");
    }
}

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
}

using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

/// <summary>
/// Issue 12.5: a plan's suggestions read as what they are. A frequency (每季度, 每周一次, 月统计) is a
/// frequency, never a deadline nor a target; a target is a count with a measure; a named unit keeps its name.
/// </summary>
public class PlanSuggestionTests
{
    [Theory]
    [InlineData("每季度召开一次关工委工作例会", "每季度")]
    [InlineData("“五老”志愿者每周一次到网吧开展义务监督", "每周")]
    [InlineData("每月通报一次", "每月")]
    [InlineData("对各基层关工组织宣传稿件进行月统计和通报", "每月")]
    [InlineData("信息稿件按月报送镇关工委", "每月")]
    [InlineData("发布月度通报", "每月")]
    [InlineData("每学期开展一次法治讲座", "每学期")]
    [InlineData("每年开展两次“五老”培训", "每年两次")]
    [InlineData("一年两次走访困难青少年", "每年两次")]
    [InlineData("每半年召开一次推进会", "每半年")]
    [InlineData("每年评选一次优秀通讯员", "每年")]
    [InlineData("每季度开展一次督查", "每季度")]
    public void Frequencies_are_found_and_named_one_way(string text, string expected)
    {
        Assert.Equal([expected], PlanItemExtractor.ExtractFrequencies(text));
    }

    [Theory]
    [InlineData("每季度召开一次关工委工作例会")]
    [InlineData("每周一次到网吧开展义务监督")]
    [InlineData("每月通报一次")]
    [InlineData("每学期开展一次法治讲座")]
    public void A_frequency_is_not_a_deadline(string text)
    {
        Assert.Empty(PlanItemExtractor.ExtractDeadlines(text));
    }

    [Theory]
    [InlineData("每季度召开一次关工委工作例会")]
    [InlineData("每年开展两次“五老”培训")]
    [InlineData("每周一次到网吧开展义务监督")]
    [InlineData("每月组织一次宣讲")]
    public void Part_of_a_frequency_is_not_a_target(string text)
    {
        Assert.Empty(PlanItemExtractor.ExtractTargets(text));
    }

    [Theory]
    [InlineData("全年开展活动不少于12次", "不少于12次")]
    [InlineData("青少年法治教育覆盖率100%", "覆盖率100%")]
    [InlineData("开展宣讲3场", "3场")]
    [InlineData("年内召开一次表彰大会", "召开一次")]
    public void A_target_is_a_count_with_its_measure(string text, string expected)
    {
        Assert.Contains(expected, PlanItemExtractor.ExtractTargets(text));
    }

    [Fact]
    public void The_testers_first_line_gives_a_frequency_a_dated_deadline_and_no_target()
    {
        var item = PlanItemExtractor.CreateItem("1", "每季度召开一次关工委工作例会，于2024年6月30日前完成辅导站挂牌。", "郑陆");

        Assert.Equal(["每季度"], item.Frequencies);
        Assert.Equal(["2024年6月30日前"], item.Deadlines);
        Assert.Empty(item.Targets);
    }

    [Fact]
    public void The_testers_second_line_keeps_the_village_name_and_the_count()
    {
        var item = PlanItemExtractor.CreateItem("2", "“五老”志愿者每周一次到网吧开展义务监督，全年开展活动不少于12次，由郑陆法庭、焦溪村关工委负责。", "郑陆");

        Assert.Equal(["每周"], item.Frequencies);
        Assert.Equal(["不少于12次"], item.Targets);
        Assert.Equal(["郑陆法庭", "焦溪村关工委"], item.Owners);
        Assert.DoesNotContain("每周", item.Deadlines);
    }

    [Theory]
    [InlineData("由焦溪村关工委负责", "焦溪村关工委")]
    [InlineData("焦溪小学关工委组织学生参观", "焦溪小学关工委")]
    [InlineData("由郑陆社区关工委牵头", "郑陆社区关工委")]
    [InlineData("郑陆初级中学关工委开展读书活动", "郑陆初级中学关工委")]
    [InlineData("请巴音温都尔嘎查关工委配合", "巴音温都尔嘎查关工委")]
    public void A_named_committee_keeps_its_name(string text, string expected)
    {
        Assert.Equal([expected], PlanItemExtractor.ExtractOwners(text));
    }

    [Theory]
    [InlineData("推进村关工委规范化建设", "村关工委")]
    [InlineData("完善镇、村关工委组织通讯员网格化制度", "镇、村关工委")]
    [InlineData("指导村关工委开展活动", "村关工委")]
    [InlineData("加强学校关工委建设", "学校关工委")]
    [InlineData("调整配强村关工委班子", "村关工委")]
    [InlineData("三是镇关工委对稿件进行月统计", "镇关工委")]
    public void A_generic_committee_stays_generic(string text, string expected)
    {
        Assert.Equal([expected], PlanItemExtractor.ExtractOwners(text));
    }

    [Fact]
    public void Wushenzhao_monthly_counting_of_articles_is_a_monthly_frequency()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao));

        var publicity = plan.Sections.SelectMany(s => s.Items).Single(i => i.Text.Contains("月统计", StringComparison.Ordinal));
        Assert.Contains("每月", publicity.Frequencies);
    }

    [Fact]
    public void Frequencies_survive_the_json_round_trip_and_an_old_draft_reads_as_none()
    {
        var plan = PlanTextParser.Parse("郑陆镇2024年关心下一代工作意见\n一、加强组织建设\n1．每季度召开一次例会。\n2．年底前完成换届。");
        var back = PlanJson.Deserialize(PlanJson.Serialize(plan))!;

        Assert.Equal(["每季度"], back.Sections[0].Items[0].Frequencies);
        var old = PlanJson.Deserialize("""{"sections":[{"number":"一","heading":"h","text":"","items":[{"number":"1","text":"t","deadlines":[],"targets":[],"owners":[],"programs":[]}]}],"roster":[],"warnings":[]}""")!;
        Assert.Empty(old.Sections[0].Items[0].Frequencies);
    }
}

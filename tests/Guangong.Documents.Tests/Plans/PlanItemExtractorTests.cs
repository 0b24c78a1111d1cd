using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class PlanItemExtractorTests
{
    [Theory]
    [InlineData("对不符合规定的，于2023年底前调整到位。", "2023年底前")]
    [InlineData("争取年内出刊一本。", "年内")]
    [InlineData("年底前完成验收。", "年底前")]
    [InlineData("扎实开展暑期防溺水工作。", "暑期")]
    [InlineData("6月30日前报送材料。", "6月30日前")]
    [InlineData("上半年完成换届。", "上半年")]
    [InlineData("全年开展培训。", "全年")]
    [InlineData("2024年6月底前完成。", "2024年6月底前")]
    public void Deadlines_are_found(string text, string expected)
    {
        Assert.Contains(expected, PlanItemExtractor.ExtractDeadlines(text));
    }

    [Fact]
    public void A_dated_deadline_is_not_repeated_in_its_shorter_form()
    {
        Assert.Equal(["2023年底前"], PlanItemExtractor.ExtractDeadlines("于2023年底前调整到位"));
    }

    [Theory]
    [InlineData("争取年内出刊一本《银龄关爱，同行致远》", "出刊一本")]
    [InlineData("作为第五本青少年内刊修身读物", "第五本")]
    [InlineData("实现教育全覆盖无死角", "全覆盖")]
    [InlineData("参训率达到100%", "参训率达到100%")]
    [InlineData("新建辅导站3个", "3个")]
    [InlineData("开展宣讲10次", "10次")]
    [InlineData("撰写征文20篇", "20篇")]
    [InlineData("争创“市优”辅导站", "市优")]
    public void Quantified_targets_are_found(string text, string expected)
    {
        Assert.Contains(expected, PlanItemExtractor.ExtractTargets(text));
    }

    [Fact]
    public void Numerals_inside_ordinary_words_are_not_targets()
    {
        Assert.Empty(PlanItemExtractor.ExtractTargets("作为当前和今后一个时期首要政治任务，推进“五个一”系列活动"));
    }

    [Theory]
    [InlineData("镇关工委对各基层关工组织宣传稿件进行月统计", "镇关工委")]
    [InlineData("各村、社区、学校关工委以“爷爷奶奶一堂课”为主要内容", "各村、社区、学校关工委")]
    [InlineData("民企关工委要纳入企业工会管理", "民企关工委")]
    [InlineData("与镇派出所、司法所、新时代文明实践所、中心校等部门协同开展", "中心校")]
    [InlineData("与镇派出所、司法所协同开展", "派出所")]
    [InlineData("完善镇、村关工委组织通讯员网格化制度", "镇、村关工委")]
    public void Responsible_units_are_found(string text, string expected)
    {
        Assert.Contains(expected, PlanItemExtractor.ExtractOwners(text));
    }

    [Fact]
    public void Local_units_keep_the_town_name()
    {
        var owners = PlanItemExtractor.ExtractOwners("充分发挥郑陆法庭、司法所、派出所关爱工作站的作用", placeName: "郑陆");

        // The place written before the first of the list names each of them.
        Assert.Equal(["郑陆法庭", "郑陆司法所", "郑陆派出所"], owners);
    }

    [Fact]
    public void A_unit_listed_after_another_place_keeps_its_bare_name()
    {
        var owners = PlanItemExtractor.ExtractOwners("与镇派出所、司法所协同，郑陆法庭参与", placeName: "郑陆");

        Assert.Equal(["派出所", "司法所", "郑陆法庭"], owners);
    }

    [Theory]
    [InlineData("推进优秀校外教育辅导站创建", "校外教育辅导站")]
    [InlineData("持续深化“关爱明天，普法先行”活动", "法治教育")]
    [InlineData("组织“五老”志愿者扎实开展暑期防溺水工作", "防溺水")]
    [InlineData("强化关工工作的信息宣传", "信息宣传")]
    [InlineData("组织“五老”继续搞好网吧义务监督", "网吧义务监督")]
    [InlineData("推进“五老”队伍建设", "五老队伍建设")]
    [InlineData("开展弘扬优良家风活动", "家风家教")]
    [InlineData("引导青少年传承好红色基因", "红色教育")]
    [InlineData("组织撰写征文", "征文")]
    [InlineData("巩固未成年人零犯罪村（社区）的建设成效", "零犯罪")]
    public void Programs_are_found(string text, string expected)
    {
        Assert.Contains(expected, PlanItemExtractor.ExtractPrograms(text));
    }

    [Fact]
    public void Create_item_fills_every_list_and_tolerates_null_text()
    {
        var item = PlanItemExtractor.CreateItem("1", null!);

        Assert.Equal("", item.Text);
        Assert.Empty(item.Deadlines);
        Assert.Empty(item.Targets);
        Assert.Empty(item.Owners);
        Assert.Empty(item.Programs);
    }
}

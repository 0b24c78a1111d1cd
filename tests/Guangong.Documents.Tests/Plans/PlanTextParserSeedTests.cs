using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class PlanTextParserSeedTests
{
    [Fact]
    public void Zhenglu_has_title_and_six_sections_with_their_items()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu));

        Assert.Equal("郑陆镇2023年关心下一代工作意见", plan.Title);
        Assert.Equal([4, 3, 2, 2, 2, 3], plan.Sections.Select(s => s.Items.Count));
        Assert.Equal(["一", "二", "三", "四", "五", "六"], plan.Sections.Select(s => s.Number));
        Assert.Equal("政治引领，把准导向", plan.Sections[0].Heading);
        Assert.StartsWith("2023年是全面学习宣传贯彻落实党的二十大精神的开局之年", plan.Preamble);
        Assert.Empty(plan.Roster);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Zhenglu_items_are_numbered_and_free_of_converter_noise()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu));

        var first = plan.Sections[0];
        Assert.Equal(["1", "2", "3", "4"], first.Items.Select(i => i.Number));
        Assert.StartsWith("坚持用习近平总书记", first.Items[1].Text);
        Assert.DoesNotContain(plan.Sections.SelectMany(s => s.Items), i => i.Text.Contains("bookmark"));
    }

    [Fact]
    public void Zhenglu_items_carry_extracted_suggestions()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu));

        Assert.Contains("2023年底前", plan.Sections[0].Items[2].Deadlines);
        var essays = plan.Sections[1].Items[2];
        Assert.Contains("年内", essays.Deadlines);
        Assert.Contains("出刊一本", essays.Targets);
        Assert.Contains("第五本", essays.Targets);
        Assert.Contains("各村、社区、学校关工委", essays.Owners);
        Assert.Contains("征文", essays.Programs);
        var careStations = plan.Sections[3].Items[1];
        Assert.Contains("郑陆派出所", careStations.Owners);
        Assert.Contains("郑陆司法所", careStations.Owners);
        Assert.Contains("网吧义务监督", careStations.Programs);
        Assert.Contains("校外教育辅导站", plan.Sections[2].Items[0].Programs);
    }

    [Fact]
    public void Wushenzhao_reads_issuer_and_date_from_the_cover_notice()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao));

        Assert.Equal("乌审召镇人民政府", plan.Issuer);
        Assert.Equal(new DateOnly(2023, 4, 5), plan.Date);
        Assert.Equal("乌审召镇2023年关心下一代工作计划", plan.Title);
        Assert.StartsWith("2023年，乌审召镇坚持以习近平新时代中国特色社会主义思想为指导", plan.Preamble);
        Assert.DoesNotContain("印发给你们", plan.Preamble);
    }

    [Fact]
    public void Wushenzhao_sections_split_inline_enumerations()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao));

        Assert.Equal([0, 3, 3, 3, 2], plan.Sections.Select(s => s.Items.Count));
        Assert.StartsWith("2023年，乌审召镇关工委要持续深入学习", plan.Sections[0].Text);
        var organisation = plan.Sections[1];
        Assert.Equal("强化组织建设，增加“五老”力量", organisation.Heading);
        Assert.EndsWith("主要有以下几项重点工作：", organisation.Text);
        Assert.Equal(["一是", "二是", "三是"], organisation.Items.Select(i => i.Number));
        Assert.StartsWith("提高思想认识", organisation.Items[0].Text);
        Assert.StartsWith("加强基层关工组织建设", organisation.Items[1].Text);
        Assert.Contains("防溺水", plan.Sections[2].Items[2].Programs);
        Assert.Contains("暑期", plan.Sections[2].Items[2].Deadlines);
        Assert.Contains("全覆盖", plan.Sections[2].Items[1].Targets);
        Assert.Contains("信息宣传", plan.Sections[3].Items[2].Programs);
        Assert.Contains("镇关工委", plan.Sections[3].Items[2].Owners);
    }

    [Fact]
    public void Wushenzhao_roster_has_ten_members_with_padding_removed()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao));

        Assert.Equal(10, plan.Roster.Count);
        Assert.Equal(new RosterMember("主任", "宝音图", "党委副书记"), plan.Roster[0]);
        Assert.Equal(new RosterMember("副主任", "道格通毕力格", "关心下一代工作干事"), plan.Roster[1]);
        Assert.Equal(new RosterMember("副主任", "郝和平", "“五老”人员"), plan.Roster[2]);
        Assert.Equal(new RosterMember("成员", "李林", "查汗淖学校校长"), plan.Roster[3]);
        Assert.Equal(new RosterMember("成员", "塔娜", "乌审召幼儿园园长"), plan.Roster[6]);
        Assert.Equal(new RosterMember("成员", "张鲜斌", "卫生院院长"), plan.Roster[9]);
        Assert.Empty(plan.Warnings);
    }

    /// <summary>
    /// The repository's copy of the seeds is the shared folder's, byte for byte: checked against the
    /// checksums of the shared files as they were copied (the shared folder is not beside every
    /// checkout, CI's included), and against the folder itself where it is.
    /// </summary>
    [Theory]
    [InlineData(SeedFiles.Zhenglu, "f93c7f668798995e38d3f4db629e7294785c00f2d36ce26bb2c0f8ce37f7f53b")]
    [InlineData(SeedFiles.Wushenzhao, "2687715248f3a8d83366c0776ed2e30839dcbeb88a3956b27345ec4d4426e61a")]
    public void The_repository_seeds_have_the_same_bytes_as_the_shared_folder(string name, string sha256)
    {
        var bytes = SeedFiles.ReadBytes(name);
        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        if (SeedFiles.SharedPathOf(name) is { } shared)
        {
            Assert.Equal(File.ReadAllBytes(shared), bytes);
        }
    }
}

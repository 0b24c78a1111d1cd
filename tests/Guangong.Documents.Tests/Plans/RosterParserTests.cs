using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class RosterParserTests
{
    [Theory]
    [InlineData("主    任：宝音图（党委副书记）", "主任", "宝音图", "党委副书记")]
    [InlineData("副 主 任：道格通毕力格（关心下一代工作干事）", "副主任", "道格通毕力格", "关心下一代工作干事")]
    [InlineData("成    员：李  林（查汗淖学校校长）", "成员", "李林", "查汗淖学校校长")]
    [InlineData("常务副主任: 王强 (退休教师)", "常务副主任", "王强", "退休教师")]
    [InlineData("秘书长：陈静", "秘书长", "陈静", "")]
    public void Role_lines_are_parsed_with_padding_removed(string line, string role, string name, string post)
    {
        Assert.True(RosterParser.TryParseRoleLine(line, out var members, out _));
        Assert.Equal(new RosterMember(role, name, post), Assert.Single(members));
    }

    [Fact]
    public void Inline_roster_with_several_roles_is_split()
    {
        Assert.True(RosterParser.TryParseRoleLine("主任:张三;副主任:李四、王五", out var members, out var lastRole));

        Assert.Equal(
            [new RosterMember("主任", "张三", ""), new RosterMember("副主任", "李四", ""), new RosterMember("副主任", "王五", "")],
            members);
        Assert.Equal("副主任", lastRole);
    }

    [Theory]
    [InlineData("成员单位：团委、妇联、派出所")]
    [InlineData("主任：负责全面工作")]
    [InlineData("主任：张三，负责全面工作。")]
    [InlineData("2023年，镇关工委主任：张三")]
    public void Sentences_that_mention_roles_are_not_roster_lines(string line)
    {
        Assert.False(RosterParser.IsRosterLine(line));
    }

    [Fact]
    public void Appendix_continuation_lines_keep_the_previous_role()
    {
        var (members, ignored) = RosterParser.ParseAppendix(
        [
            "附件：",
            "乌审召镇关工委组成成员",
            "",
            "副 主 任：道格通毕力格（关心下一代工作干事）",
            "郝和平（“五老”人员）",
            "成    员：李  林（查汗淖学校校长）",
            "塔  娜（乌审召幼儿园园长）",
            "这一行不是名单，应当被忽略。",
        ]);

        Assert.Equal(["副主任", "副主任", "成员", "成员"], members.Select(m => m.Role));
        Assert.Equal(["道格通毕力格", "郝和平", "李林", "塔娜"], members.Select(m => m.Name));
        Assert.Equal("“五老”人员", members[1].Post);
        Assert.Equal(1, ignored);
    }

    [Fact]
    public void Name_and_post_pairs_take_the_role_from_the_post()
    {
        Assert.True(RosterParser.TryParseNamePost("张三：关工委副主任、党委委员", out var deputy));
        Assert.Equal(new RosterMember("副主任", "张三", "党委委员"), deputy);
        Assert.True(RosterParser.TryParseNamePost("李 四:派出所所长", out var member));
        Assert.Equal(new RosterMember("成员", "李四", "派出所所长"), member);
    }
}

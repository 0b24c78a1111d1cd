using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class NumberingMarkerTests
{
    [Theory]
    [InlineData("一、政治引领", "ChineseComma", 1, "政治引领")]
    [InlineData("十二、其他", "ChineseComma", 12, "其他")]
    [InlineData("（三）关爱行动", "ParenChinese", 3, "关爱行动")]
    [InlineData("( 二 )宣传", "ParenChinese", 2, "宣传")]
    [InlineData("第十条 附则", "Article", 10, "附则")]
    [InlineData("1．坚持", "ArabicDot", 1, "坚持")]
    [InlineData("12. 2023年底前", "ArabicDot", 12, "2023年底前")]
    [InlineData("3、开展", "ArabicDot", 3, "开展")]
    [InlineData("（4）组织", "ParenArabic", 4, "组织")]
    [InlineData("⑤开展", "Circled", 5, "开展")]
    [InlineData("2)建立台账", "ParenArabic", 2, "建立台账")]
    [InlineData("3）开展走访", "ParenArabic", 3, "开展走访")]
    [InlineData("第二章 注册与管理", "Chapter", 2, "注册与管理")]
    [InlineData("第一节 场地与设施", "Subchapter", 1, "场地与设施")]
    [InlineData("第一百零二条 本办法自印发之日起施行。", "Article", 102, "本办法自印发之日起施行。")]
    public void Markers_are_recognised(string line, string kind, int value, string rest)
    {
        var marker = NumberingMarker.Match(line);

        Assert.NotNull(marker);
        Assert.Equal(kind, marker.Kind.ToString());
        Assert.Equal(value, marker.Value);
        Assert.Equal(rest, marker.Rest);
    }

    [Theory]
    [InlineData("3.5万元用于辅导站建设")]
    [InlineData("2023年是开局之年")]
    [InlineData("十、一期间组织参观")]
    [InlineData("十、一前完成")]
    [InlineData("统一思想")]
    [InlineData("第一时间上报")]
    [InlineData("1１．全角数字混排")]
    [InlineData("")]
    public void Prose_is_not_a_marker(string line)
    {
        Assert.Null(NumberingMarker.Match(line));
    }
}

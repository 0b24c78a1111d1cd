using Guangong.Documents.Official.Layout;

namespace Guangong.Documents.Tests.Official;

public class TitleLinesTests
{
    [Fact]
    public void A_title_of_twenty_characters_stays_on_one_line()
    {
        Assert.Equal(["乌审召镇2023年关心下一代工作计划"], TitleLines.Split("乌审召镇2023年关心下一代工作计划"));
        Assert.Equal(40, TitleLines.MaxHalfUnits);
    }

    [Theory]
    [InlineData("乌审召镇人民政府关于印发乌审召镇2023年关心下一代工作计划的通知")]
    [InlineData("关于2023年第一季度关工委信息宣传工作情况暨通讯员量化考核结果的通报")]
    [InlineData("乌审召镇关心下一代工作委员会关于表彰2023年度优秀五老志愿者和先进集体的决定")]
    public void Long_titles_break_into_balanced_lines_that_fit(string title)
    {
        var lines = TitleLines.Split(title);

        Assert.True(lines.Count >= 2);
        Assert.Equal(title, string.Concat(lines));
        Assert.All(lines, line => Assert.True(TextWidth.HalfUnits(line) <= 40, line));
        var widths = lines.Select(TextWidth.HalfUnits).ToList();
        Assert.True(widths.Max() - widths.Min() <= 12, string.Join(" | ", lines));
    }

    [Fact]
    public void Breaks_never_fall_inside_a_number_or_a_book_title()
    {
        var lines = TitleLines.Split("某某镇关心下一代工作委员会关于认真学习贯彻《关于加强新时代关心下一代工作委员会工作的意见》的通知");

        Assert.All(lines.Take(lines.Count - 1), line => Assert.False(line.EndsWith('《')));
        Assert.DoesNotContain(lines, line => line.Count(c => c == '《') != line.Count(c => c == '》') && line.Length < 8);
        var numbered = TitleLines.Split("乌审召镇人民政府关于印发乌审召镇2023年关心下一代工作计划的通知");
        Assert.DoesNotContain(numbered, line => line.EndsWith('2') || line.EndsWith("20", StringComparison.Ordinal) || line.EndsWith("202", StringComparison.Ordinal));
    }

    [Fact]
    public void A_monthly_bulletin_title_keeps_关工信息_whole()
    {
        // The 通报 the publicity feature issues: it was printed "关于2023年4月份关工信 / 息宣传工作情况的通报".
        Assert.Equal(
            ["关于2023年4月份", "关工信息宣传工作情况的通报"],
            TitleLines.Split("关于2023年4月份关工信息宣传工作情况的通报"));
    }

    [Fact]
    public void The_wushenzhao_notice_title_breaks_after_the_town_name()
    {
        Assert.Equal(
            ["乌审召镇人民政府关于印发乌审召镇", "2023年关心下一代工作计划的通知"],
            TitleLines.Split("乌审召镇人民政府关于印发乌审召镇2023年关心下一代工作计划的通知"));
    }

    [Fact]
    public void A_title_of_200_characters_breaks_into_full_lines_and_keeps_book_titles_whole()
    {
        var title = "乌审召镇关心下一代工作委员会关于转发《乌审旗关心下一代工作委员会关于开展“老少心向党、奋斗新征程”主题教育活动的通知》"
            + string.Concat(Enumerable.Repeat("和做好关心下一代工作信息宣传与通讯员网格化管理", 6));
        title = title[..196] + "的通知";

        var lines = TitleLines.Split(title);

        Assert.Equal(title, string.Concat(lines));
        Assert.All(lines, line => Assert.InRange(TextWidth.HalfUnits(line), 20, 40));
        var bookStart = title.IndexOf('《', StringComparison.Ordinal);
        var bookEnd = title.IndexOf('》', StringComparison.Ordinal);
        var offset = 0;
        foreach (var line in lines.Take(lines.Count - 1))
        {
            offset += line.Length;
            // A break inside the book title only where the title itself is longer than a line.
            Assert.False(offset > bookStart && offset <= bookEnd && bookEnd - bookStart < 20, $"broken inside the book title at {offset}");
        }
    }
}

using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

/// <summary>A plan copied from a web page with its line breaks gone reads like the original.</summary>
public sealed class FlattenedTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void The_zhenglu_seed_on_one_line_parses_like_the_original(string joiner)
    {
        var text = SeedFiles.ReadText(SeedFiles.Zhenglu);
        var expected = PlanTextParser.Parse(text);

        var flat = string.Join(joiner, text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        var actual = PlanTextParser.Parse(flat);

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Preamble, actual.Preamble);
        Assert.Equal(expected.Sections.Select(s => s.Heading), actual.Sections.Select(s => s.Heading));
        Assert.Equal(expected.Sections.Select(s => s.Items.Count), actual.Sections.Select(s => s.Items.Count));
        Assert.Equal(expected.Sections.SelectMany(s => s.Items).Select(i => i.Text), actual.Sections.SelectMany(s => s.Items).Select(i => i.Text));
        Assert.Contains(FlattenedTextSplitter.Warning, actual.Warnings);
    }

    [Fact]
    public void Marks_that_do_not_run_in_sequence_stay_in_their_sentence()
    {
        var filler = new string('关', 200);
        var text = "某镇2024年关心下一代工作要点" + filler + "。一、加强组织建设为一、二年级学生开展活动，一是学习，二是宣传，2023.5月完成3.5万元投入，第一批已到位。"
            + filler + "。二、开展主题教育（一）开展讲座。" + filler + "（二）组织征文，时间为2024年5月1日。" + filler;

        var plan = PlanTextParser.Parse(text);

        Assert.Equal("某镇2024年关心下一代工作要点", plan.Title);
        Assert.Equal(2, plan.Sections.Count);
        Assert.Equal("加强组织建设为一、二年级学生开展活动，一是学习，二是宣传，2023.5月完成3.5万元投入，第一批已到位", plan.Sections[0].Heading);
        Assert.Equal(["开展讲座。" + filler, "组织征文，时间为2024年5月1日。" + filler], plan.Sections[1].Items.Select(i => i.Text));
    }
}

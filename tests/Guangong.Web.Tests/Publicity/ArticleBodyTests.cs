using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Tests.Publicity;

public sealed class ArticleBodyTests
{
    [Fact]
    public void Plain_text_keeps_its_paragraphs_and_loses_stray_spaces()
    {
        var (body, removed) = PastedText.Clean("  第一段。\r\n\r\n\r\n第二段　 有空格。 ");
        Assert.Equal("第一段。\n\n第二段 有空格。", body);
        Assert.False(removed);
    }

    [Fact]
    public void A_style_block_and_a_comment_from_word_leave_no_trace()
    {
        var (body, removed) = PastedText.Clean("<style>p{color:red}</style><!--[if gte mso 9]><xml>x</xml><![endif]--><p class=MsoNormal>正文&lt;一&gt;</p>");
        Assert.Equal("正文<一>", body);
        Assert.True(removed);
    }

    [Fact]
    public void Image_markers_place_pictures_and_unplaced_pictures_follow_the_text()
    {
        var parts = ArticleBody.Parts("开头。\n\n[图2]\n\n结尾。\n\n[图9]", 2);
        Assert.Equal(["开头。", "#2", "结尾。", "[图9]", "#1"], parts.Select(p => p.Text ?? "#" + p.Image));
    }

    [Fact]
    public void A_summary_ends_at_a_sentence_not_in_the_middle_of_one()
    {
        var text = string.Concat(Enumerable.Repeat("乌审召镇关工委组织五老讲故事。", 12));
        var summary = ArticleBody.Summary(text, 40);
        Assert.EndsWith("。", summary);
        Assert.True(summary.Length <= 40);
    }
}

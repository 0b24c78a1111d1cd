using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Tests.Infrastructure;

public sealed class SentencesTests
{
    [Fact]
    public void A_short_text_is_kept_whole()
    {
        Assert.Equal("开展一次宣讲。", Sentences.Within("开展一次宣讲。", 20));
    }

    [Fact]
    public void A_long_text_keeps_the_whole_sentences_that_fit()
    {
        Assert.Equal("第一句。第二句？", Sentences.Within("第一句。第二句？第三句很长很长很长。", 12));
    }

    [Fact]
    public void A_first_sentence_longer_than_the_room_is_marked_as_cut_and_stays_within_it()
    {
        var cut = Sentences.Within(new string('字', 30) + "。", 10);
        Assert.Equal(new string('字', 8) + "……", cut);
        Assert.Equal(10, cut.Length);
    }
}

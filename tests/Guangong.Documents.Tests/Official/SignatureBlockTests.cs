using Guangong.Documents.Official.Layout;

namespace Guangong.Documents.Tests.Official;

public class SignatureBlockTests
{
    [Theory]
    // name units, date units → right indents of name and date, in half-width units
    [InlineData(16, 12, 4, 4)]   // 乌审召镇人民政府 / 2023年4月5日: both two characters in
    [InlineData(28, 12, 4, 16)]  // a long name: the date starts two characters right of it
    [InlineData(8, 12, 12, 4)]   // 镇关工委: the date keeps two characters and pushes the name left
    public void Date_starts_two_characters_right_of_the_name_and_never_closer_than_two_to_the_edge(int name, int date, int nameRight, int dateRight)
    {
        Assert.Equal((nameRight, dateRight), SignatureBlock.RightIndents(name, date));
    }

    [Fact]
    public void Dates_have_no_padding()
    {
        Assert.Equal("2023年4月5日", ChineseDate.Format(new DateOnly(2023, 4, 5)));
        Assert.Equal("2023年12月31日", ChineseDate.Format(new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void Text_width_counts_chinese_as_two_and_digits_as_one()
    {
        Assert.Equal(12, TextWidth.HalfUnits("2023年4月5日"));
        Assert.Equal(16, TextWidth.HalfUnits("乌审召镇人民政府"));
    }
}

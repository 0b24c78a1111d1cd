using Guangong.Documents.Essays;

namespace Guangong.Documents.Tests.Essays;

public sealed class EssayReadingTests
{
    private const string Body = "爷爷退休前是村里的老师，每个星期六都给我们讲故事。他说，做人要像稻子，越饱满越低头。";

    [Fact]
    public void Title_byline_and_adviser_are_recognised_and_taken_out_of_the_text()
    {
        var essay = EssayDocxReader.Read(EssayFiles.Docx("", "《爷爷的一堂课》", "焦溪小学 三(2)班 张三", "指导老师：王芳", Body, "第二段。"));
        Assert.True(essay.Succeeded, essay.Error);
        Assert.Equal("爷爷的一堂课", essay.Title);
        Assert.Equal(new EssayByline("焦溪小学", "三年级", 2, "张三", "王芳"), essay.Byline);
        Assert.Equal([Body, "第二段。"], essay.Paragraphs);
    }

    [Theory]
    [InlineData("郑陆初级中学初二（3）班 李四", "郑陆初级中学", "初二", 3, "李四")]
    [InlineData("五年级(1)班　王小明", null, "五年级", 1, "王小明")]
    [InlineData("焦溪小学6（4）班 赵六", "焦溪小学", "六年级", 4, "赵六")]
    public void Bylines_are_normalised(string line, string? school, string grade, int cls, string name)
    {
        var b = EssayByline.TryRead(line);
        Assert.NotNull(b);
        Assert.Equal((school, grade, cls, name), (b.School, b.Grade, b.ClassNumber, b.Author));
    }

    [Fact]
    public void A_first_paragraph_of_text_is_not_taken_for_a_byline()
    {
        Assert.Null(EssayByline.TryRead("爷爷说，做人要像稻子。"));
    }

    [Theory]
    [InlineData("爷爷奶奶一堂课", 7)]
    [InlineData("我在2024年学会了Wi-Fi。", 9)]
    [InlineData("  你好，\n 世界！ ", 6)]
    [InlineData("", 0)]
    public void Characters_are_counted_as_a_contest_counts_them(string text, int count) =>
        Assert.Equal(count, EssayText.CountCharacters(text));

    [Fact]
    public void The_same_text_with_other_spacing_and_punctuation_has_the_same_fingerprint()
    {
        Assert.Equal(EssayText.Fingerprint("爷爷说，做人要像稻子。"), EssayText.Fingerprint("爷爷说 做人要像稻子\n"));
        Assert.NotEqual(EssayText.Fingerprint("爷爷说，做人要像稻子。"), EssayText.Fingerprint("奶奶说，做人要像稻子。"));
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused_with_a_message()
    {
        var pdf = EssayDocxReader.Read("%PDF-1.4 not a word file"u8.ToArray());
        Assert.False(pdf.Succeeded);
        Assert.Equal(EssayDocxReader.NotDocxMessage, pdf.Error);
        var zipNotDocx = EssayDocxReader.Read(EssayFiles.Zip(("a.txt", "hello"u8.ToArray())));
        Assert.False(zipNotDocx.Succeeded);
    }

    [Fact]
    public void A_zip_imports_the_good_files_and_names_every_bad_one()
    {
        var zip = EssayFiles.Zip(
            ("一组/张三.docx", EssayFiles.Docx("我的爷爷", "焦溪小学 三(2)班 张三", Body)),
            ("../../etc/evil.docx", EssayFiles.Docx("坏", Body)),
            ("/abs.docx", EssayFiles.Docx("坏", Body)),
            ("假的.docx", "not a docx"u8.ToArray()),
            ("说明.txt", "x"u8.ToArray()),
            ("李四.docx", EssayFiles.Docx("我的奶奶", Body)));
        var result = EssayZipReader.Read(new MemoryStream(zip));
        Assert.Null(result.Error);
        Assert.Equal(["一组/张三.docx", "李四.docx"], result.Good.Select(e => e.Name));
        Assert.Equal(["../../etc/evil.docx", "/abs.docx", "假的.docx", "说明.txt"], result.Bad.Select(e => e.Name));
        Assert.All(result.Bad, e => Assert.False(string.IsNullOrEmpty(e.Error)));
    }

    [Fact]
    public void A_zip_with_too_many_entries_or_a_bomb_is_refused_whole()
    {
        var many = EssayFiles.Zip(Enumerable.Range(0, EssayZipReader.MaxEntries + 1).Select(i => ($"{i}.docx", new byte[] { 1 })).ToArray());
        Assert.Contains("最多", EssayZipReader.Read(new MemoryStream(many)).Error);
        var bomb = EssayFiles.Zip(("bomb.docx", new byte[60 * 1024 * 1024]));
        var result = EssayZipReader.Read(new MemoryStream(bomb));
        Assert.Contains("50 MB", result.Error);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Pictures_placed_in_the_text_are_taken_out_in_order_and_a_picture_over_the_limit_refuses_the_document_by_name()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 4, 5, 6 };
        var essay = EssayDocxReader.Read(EssayFiles.DocxWithPictures(["《石榴树》", "五(2)班 周小禾", Body], ("image/jpeg", jpeg), ("image/png", png)));
        Assert.True(essay.Succeeded, essay.Error);
        Assert.Equal([Body], essay.Paragraphs);
        Assert.Equal([("image/jpeg", jpeg), ("image/png", png)], essay.Images.Select(i => (i.ContentType, i.Bytes)));

        var big = new byte[(int)EssayDocxReader.MaxImageBytes + 1];
        var refused = EssayDocxReader.Read(EssayFiles.DocxWithPictures(["大图", Body], ("image/jpeg", big)));
        Assert.False(refused.Succeeded);
        Assert.Contains("超过每张40 MB的上限", refused.Error);
    }

    [Fact]
    public void A_zip_refuses_a_file_too_big_for_its_pictures_alone_but_a_bomb_as_a_whole()
    {
        var random = new byte[25 * 1024 * 1024];
        new Random(3).NextBytes(random);
        var read = EssayZipReader.Read(new MemoryStream(EssayFiles.Zip(("好.docx", EssayFiles.Docx("好题目", Body)), ("大.docx", random))));
        Assert.Null(read.Error);
        Assert.Equal("好题目", Assert.Single(read.Good).Essay!.Title);
        Assert.Contains("超过每篇20 MB的上限", Assert.Single(read.Bad).Error);

        var bomb = EssayZipReader.Read(new MemoryStream(EssayFiles.Zip(("好.docx", EssayFiles.Docx("好题目", Body)), ("炸弹.docx", new byte[60 * 1024 * 1024]))));
        Assert.Contains("50 MB", bomb.Error);
    }

    [Theory]
    [InlineData("2班", "2班")]
    [InlineData("（2）班", "2班")]
    [InlineData("(02)班", "2班")]
    [InlineData(" 2 ", "2班")]
    [InlineData("实验班", "实验班")]
    [InlineData("２班", "２班")] // the form reads full width as ASCII first; the API's text is kept, never a crash
    [InlineData("  ", null)]
    public void A_class_is_written_one_way_however_it_was_typed(string typed, string? written) => Assert.Equal(written, EssayByline.ClassText(typed));
}

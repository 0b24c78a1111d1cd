using System.IO.Compression;
using System.Text;
using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

public class PlanFileReaderTests
{
    private const string EncryptedMessage = "文档已加密或为旧版Word格式，请另存为.docx后上传";

    static PlanFileReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static PlanReadResult Read(byte[] bytes, string fileName, long maxBytes = PlanFileReader.DefaultMaxBytes) =>
        PlanFileReader.Read(new MemoryStream(bytes), fileName, maxBytes);

    [Fact]
    public void Utf8_text_without_bom_is_read_as_is()
    {
        var result = Read(SeedFiles.ReadBytes(SeedFiles.Zhenglu), "zhenglu.txt");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(SeedFiles.ReadText(SeedFiles.Zhenglu), result.Text);
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("郑陆镇2023年关心下一代工作意见")).ToArray();

        var result = Read(bytes, "plan.TXT");

        Assert.Equal("郑陆镇2023年关心下一代工作意见", result.Text);
    }

    [Fact]
    public void Gbk_text_is_detected_and_decoded()
    {
        var original = SeedFiles.ReadText(SeedFiles.Wushenzhao);
        var gbk = Encoding.GetEncoding(936).GetBytes(original);

        var result = Read(gbk, "乌审召.txt");

        Assert.Equal(original, result.Text);
        var plan = PlanTextParser.Parse(result.Text);
        Assert.Equal(10, plan.Roster.Count);
        Assert.Equal("乌审召镇2023年关心下一代工作计划", plan.Title);
    }

    [Fact]
    public void Gb18030_only_characters_survive()
    {
        const string text = "成员：𠀀𠀁（五老）";
        var bytes = Encoding.GetEncoding(54936).GetBytes(text);

        Assert.Equal(text, Read(bytes, "plan.txt").Text);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("一、政治引领")).ToArray();

        Assert.Equal("一、政治引领", Read(bytes, "plan.txt").Text);
    }

    [Fact]
    public void Docx_paragraphs_become_lines_and_list_numbers_are_recreated()
    {
        var bytes = TestDocx.Build(body =>
        {
            body.Append(TestDocx.Plain("郑陆镇2023年关心下一代工作意见"));
            body.Append(TestDocx.Plain("2023年是开局之年。"));
            body.Append(TestDocx.Numbered("政治引领，把准导向", 0));
            body.Append(TestDocx.Numbered("坚持学习二十大精神。", 1));
            body.Append(TestDocx.Numbered("于2023年底前调整到位。", 1));
            body.Append(TestDocx.Numbered("加强组织建设", 0));
            body.Append(TestDocx.Numbered("提高队伍素质。", 1));
        }, withNumbering: true);

        var result = Read(bytes, "意见.docx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(
            "郑陆镇2023年关心下一代工作意见\n2023年是开局之年。\n一、政治引领，把准导向\n1．坚持学习二十大精神。\n2．于2023年底前调整到位。\n二、加强组织建设\n1．提高队伍素质。",
            result.Text);
        var plan = PlanTextParser.Parse(result.Text);
        Assert.Equal([2, 1], plan.Sections.Select(s => s.Items.Count));
        Assert.Contains("2023年底前", plan.Sections[0].Items[1].Deadlines);
    }

    [Fact]
    public void Docx_table_rows_are_kept_on_one_line()
    {
        var bytes = TestDocx.Build(body =>
        {
            body.Append(TestDocx.Plain("附件：成员名单"));
            body.Append(TestDocx.Table(["主任", "宝音图", "党委副书记"]));
        });

        var result = Read(bytes, "plan.docx");

        Assert.Equal("附件：成员名单\n主任  宝音图  党委副书记", result.Text);
        Assert.Equal(new RosterMember("主任", "宝音图", "党委副书记"), Assert.Single(PlanTextParser.Parse(result.Text).Roster));
    }

    [Fact]
    public void Docx_renamed_to_txt_is_still_read_as_docx()
    {
        var bytes = TestDocx.Build(body => body.Append(TestDocx.Plain("一、政治引领")));

        Assert.Equal("一、政治引领", Read(bytes, "plan.txt").Text);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Equal("文件为空", Read([], "plan.txt").Error);
        Assert.Equal("文件为空", Read([], "plan.docx").Error);
    }

    [Fact]
    public void File_over_the_default_limit_is_refused()
    {
        var bytes = new byte[PlanFileReader.DefaultMaxBytes + 1];

        Assert.Equal("文件超过10MB", Read(bytes, "plan.txt").Error);
    }

    [Fact]
    public void File_over_a_custom_limit_is_refused_without_reading_a_non_seekable_stream_to_the_end()
    {
        var stream = new EndlessStream();

        var result = PlanFileReader.Read(stream, "plan.txt", maxBytes: 20L * 1024 * 1024);

        Assert.Equal("文件超过20MB", result.Error);
        Assert.True(stream.BytesRead < 21L * 1024 * 1024);
    }

    [Fact]
    public void Random_bytes_named_docx_are_refused_as_corrupt()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        Assert.Equal("文件已损坏或不是有效的.docx文档", Read(bytes, "plan.docx").Error);
    }

    [Fact]
    public void Truncated_docx_is_refused_as_corrupt()
    {
        var bytes = TestDocx.Build(body => body.Append(TestDocx.Plain("一、政治引领")));

        Assert.Equal("文件已损坏或不是有效的.docx文档", Read(bytes[..(bytes.Length / 2)], "plan.docx").Error);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_is_refused_as_corrupt()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }

        Assert.Equal("文件已损坏或不是有效的.docx文档", Read(zip.ToArray(), "plan.docx").Error);
    }

    [Theory]
    [InlineData("plan.docx")]
    [InlineData("plan.doc")]
    [InlineData("plan.txt")]
    public void Password_protected_or_old_word_file_is_refused(string fileName)
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];

        Assert.Equal(EncryptedMessage, Read(bytes, fileName).Error);
    }

    [Fact]
    public void Binary_file_renamed_to_txt_is_refused()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];

        Assert.StartsWith("不是文本文件", Read(bytes, "plan.txt").Error);
        Assert.StartsWith("不是文本文件", Read(png, "image.txt").Error);
    }

    [Theory]
    [InlineData("plan.pdf", "不支持的文件类型“.pdf”，请上传.txt或.docx文件")]
    [InlineData("plan", "不支持的文件类型，请上传.txt或.docx文件")]
    [InlineData(null, "不支持的文件类型，请上传.txt或.docx文件")]
    public void Unsupported_extension_is_refused(string? fileName, string expected)
    {
        Assert.Equal(expected, Read(Encoding.UTF8.GetBytes("一、政治引领"), fileName!).Error);
    }

    [Fact]
    public void Missing_or_failing_stream_is_refused_not_thrown()
    {
        Assert.Equal("未收到文件", PlanFileReader.Read(null, "plan.txt").Error);
        Assert.Equal("读取文件失败，请检查文件后重新上传", PlanFileReader.Read(new FailingStream(), "plan.txt").Error);
    }

    [Fact]
    public void Whitespace_only_file_is_refused()
    {
        Assert.Equal("文件中没有文字内容", Read(Encoding.UTF8.GetBytes(" \r\n\u3000 \n"), "plan.txt").Error);
    }
}

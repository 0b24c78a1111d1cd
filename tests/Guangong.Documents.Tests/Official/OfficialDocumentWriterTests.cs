using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official;

public class OfficialDocumentWriterTests
{
    private static OfficialDocx Write(OfficialDocument document) => OfficialDocx.Open(OfficialDocumentWriter.ToBytes(document));

    [Fact]
    public void Page_is_A4_with_the_standard_margins()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var size = docx.Section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1588u, margin.Left!.Value);
        Assert.Equal(1474u, margin.Right!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        // 156 mm × 225 mm text block.
        Assert.Equal(8844u, size.Width.Value - margin.Left.Value - margin.Right.Value);
        Assert.Equal(12756, (int)size.Height.Value - margin.Top.Value - margin.Bottom.Value);
    }

    [Fact]
    public void Twenty_two_lines_on_a_line_grid_with_exact_spacing()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var grid = docx.Section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
        Assert.Null(grid.CharacterSpace);
        var body = docx.FindStartingWith("第一季度共收到信息稿件");
        Assert.Equal((579, "exact"), docx.LineSpacing(body));
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal(22, (16838 - margin.Top!.Value - margin.Bottom!.Value) / 579);
    }

    [Fact]
    public void Body_text_is_fangsong_3hao_indented_two_characters_and_compressed_to_28_a_line()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var body = docx.FindStartingWith("第一季度共收到信息稿件");
        Assert.Equal("仿宋_GB2312", docx.EastAsiaFont(body));
        Assert.Equal("Times New Roman", docx.AsciiFont(body));
        Assert.Equal(32, docx.FontSize(body));
        Assert.Equal(-5, docx.CharacterSpacing(body));
        Assert.Equal(630, docx.FirstLineIndent(body));
        Assert.Equal("both", docx.Alignment(body));
        // 28 characters of 16 pt less 0.25 pt fit the 8844-twip line.
        Assert.True(28 * (320 + docx.CharacterSpacing(body)!.Value) <= 8844);
    }

    [Fact]
    public void Title_is_xiaobiaosong_2hao_centred_and_not_bold()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var title = docx.Paragraphs[0];
        Assert.Equal("关于2023年第一季度关工委信息宣传工作情况的通报", title.InnerText);
        Assert.Equal("方正小标宋简体", docx.EastAsiaFont(title));
        Assert.Equal(44, docx.FontSize(title));
        Assert.Equal("center", docx.Alignment(title));
        Assert.False(docx.IsBold(title));
        Assert.Equal(0, docx.FirstLineIndent(title) ?? 0);
        Assert.Empty(docx.Paragraphs[1].InnerText);
    }

    [Fact]
    public void Headings_use_heiti_kaiti_then_the_body_face_at_3hao()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var level1 = docx.Find("一、总体情况");
        var level2 = docx.Find("（一）报送数量");
        var level3 = docx.Find("1.按单位统计");
        var level4 = docx.Find("（1）嘎查（村）");
        Assert.Equal(["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"], new[] { level1, level2, level3, level4 }.Select(docx.EastAsiaFont));
        Assert.All(new[] { level1, level2, level3, level4 }, p => Assert.Equal(32, docx.FontSize(p)));
        Assert.All(new[] { level1, level2, level3, level4 }, p => Assert.False(docx.IsBold(p)));
        Assert.All(new[] { level1, level2, level3, level4 }, p => Assert.Equal(630, docx.FirstLineIndent(p)));
        Assert.Equal([0, 1, 2, 3], new[] { level1, level2, level3, level4 }.Select(p => docx.OutlineLevel(p) ?? -1));
    }

    [Fact]
    public void Main_recipients_start_at_the_margin_and_end_with_a_colon()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var recipients = docx.Paragraphs[2];
        Assert.Equal("各嘎查（村）、社区、各相关单位：", recipients.InnerText);
        Assert.Equal(0, docx.FirstLineIndent(recipients) ?? 0);
        Assert.Equal("仿宋_GB2312", docx.EastAsiaFont(recipients));
    }

    [Fact]
    public void Page_numbers_are_songti_4hao_with_dashes_outside_on_odd_and_even_pages()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var settings = docx.Main.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<EvenAndOddHeaders>());
        var references = docx.Section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        Assert.Equal(2, references.Count);

        var odd = ((DocumentFormat.OpenXml.Packaging.FooterPart)docx.Main.GetPartById(references[HeaderFooterValues.Default])).Footer!.GetFirstChild<Paragraph>()!;
        var even = ((DocumentFormat.OpenXml.Packaging.FooterPart)docx.Main.GetPartById(references[HeaderFooterValues.Even])).Footer!.GetFirstChild<Paragraph>()!;
        foreach (var footer in new[] { odd, even })
        {
            Assert.Equal("— 1 —", string.Concat(footer.Descendants<Text>().Select(t => t.Text)));
            Assert.Equal(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.Equal(
                [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
                footer.Descendants<FieldChar>().Select(c => c.FieldCharType!.Value));
            Assert.Equal("宋体", docx.EastAsiaFont(footer));
            Assert.Equal("宋体", docx.AsciiFont(footer));
            Assert.Equal(28, docx.FontSize(footer));
        }
        Assert.Equal("right", docx.Alignment(odd));
        Assert.Equal(280, docx.RightIndent(odd));
        Assert.Equal("left", docx.Alignment(even));
        Assert.Equal(280, docx.LeftIndent(even));
    }

    [Fact]
    public void Page_number_sits_about_7_mm_below_the_text_block()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        // Footer distance + half the 320-twip footer line = where the dashes are; 1 mm = 56.7 twips.
        var dashAboveEdge = (int)margin.Footer!.Value + 160;
        var belowBlock = (margin.Bottom!.Value - dashAboveEdge) / 56.693;
        Assert.InRange(belowBlock, 6.5, 7.5);
    }

    [Fact]
    public void Signature_and_date_are_right_aligned_under_a_blank_line()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var signature = docx.Find("乌审召镇关心下一代工作委员会");
        var date = docx.Find("2023年4月5日");
        var paragraphs = docx.Paragraphs.ToList();
        var index = paragraphs.IndexOf(signature);
        Assert.Equal(date, paragraphs[index + 1]);
        Assert.Empty(paragraphs[index - 1].InnerText);
        Assert.Equal("right", docx.Alignment(signature));
        Assert.Equal("left", docx.Alignment(date));
        // 14-character name right-indented two characters: it starts 8844 − 630 − 14 × 315 = 3804 twips in. The date
        // starts two characters right of it, placed from the left so that its digits' width in the reader's font cannot
        // move it (in 仿宋_GB2312 it then ends 8 characters in from the right, as the standard's example).
        Assert.Equal(630, docx.RightIndent(signature));
        Assert.Equal(3804 + 630, docx.LeftIndent(date));
        Assert.Equal(0, docx.FirstLineIndent(date));
    }

    [Fact]
    public void Attachment_note_numbers_names_and_aligns_them_under_the_first()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var first = docx.Find("附件：1.第一季度信息报送情况统计表");
        var second = docx.Find("2.优秀稿件目录");
        // First line starts two characters in; names hang after "附件：1." (3.5 characters + 2).
        Assert.Equal(630, docx.LeftIndent(first)!.Value - docx.HangingIndent(first)!.Value);
        Assert.Equal(docx.LeftIndent(first), docx.LeftIndent(second));
        Assert.Equal(630 + 3 * 315, docx.LeftIndent(second)!.Value - docx.HangingIndent(second)!.Value);
        var paragraphs = docx.Paragraphs.ToList();
        Assert.Empty(paragraphs[paragraphs.IndexOf(first) - 1].InnerText);
        Assert.True(paragraphs.IndexOf(first) < paragraphs.IndexOf(docx.Find("乌审召镇关心下一代工作委员会")));
    }

    [Fact]
    public void A_single_attachment_is_not_numbered()
    {
        var document = SampleDocuments.Bulletin() with { Attachments = ["统计表。"], Appendices = [new OfficialAppendix("统计表", [])] };

        using var docx = Write(document);

        var note = docx.Find("附件：统计表");
        Assert.Equal(630, docx.LeftIndent(note)!.Value - docx.HangingIndent(note)!.Value);
        Assert.Equal("附件", docx.Find("附件").InnerText);
    }

    [Fact]
    public void Appendices_start_on_new_pages_with_a_heiti_label_and_a_centred_title_on_line_three()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var paragraphs = docx.Paragraphs.ToList();
        var label = docx.Find("附件2");
        var index = paragraphs.IndexOf(label);
        Assert.NotNull(label.ParagraphProperties!.PageBreakBefore);
        Assert.Equal("黑体", docx.EastAsiaFont(label));
        Assert.Equal(0, docx.FirstLineIndent(label) ?? 0);
        Assert.Empty(paragraphs[index + 1].InnerText);
        Assert.Equal("优秀稿件目录", paragraphs[index + 2].InnerText);
        Assert.Equal("方正小标宋简体", docx.EastAsiaFont(paragraphs[index + 2]));
        Assert.NotNull(docx.Find("附件1").ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void Record_block_lists_copy_recipients_and_printer_between_rules_at_the_foot_of_the_page()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var record = docx.Body.Descendants<Paragraph>().Where(p => p.Ancestors<TextBoxContent>().Any()).ToList();
        Assert.Equal(["抄送：旗关工委，镇党委办公室。", "乌审召镇关工委办公室2023年4月6日印发"], record.Select(p => p.InnerText));
        Assert.Equal(28, docx.FontSize(record[0]));
        Assert.Equal("仿宋_GB2312", docx.EastAsiaFont(record[0]));
        Assert.Equal(8u, record[0].ParagraphProperties!.ParagraphBorders!.TopBorder!.Size!.Value);
        Assert.Equal(6u, record[0].ParagraphProperties!.ParagraphBorders!.BottomBorder!.Size!.Value);
        Assert.Equal(8u, record[1].ParagraphProperties!.ParagraphBorders!.BottomBorder!.Size!.Value);
        // Anchored to the last paragraph, bottom of the text block (measured on the page in Rendering/).
        Assert.Same(docx.Paragraphs[^1], record[0].Ancestors<Paragraph>().Single());
        Assert.Contains("<wp:positionV relativeFrom=\"page\">", docx.Paragraphs[^1].OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void No_record_block_without_copy_recipients_or_printer()
    {
        var document = SampleDocuments.Bulletin() with { CopyTo = [], PrintedBy = null, PrintedDate = null };

        using var docx = Write(document);

        Assert.Empty(docx.Body.Descendants<TextBoxContent>());
    }

    [Fact]
    public void Head_puts_the_red_issuer_mark_above_the_document_number_and_a_red_rule()
    {
        var document = SampleDocuments.Bulletin() with { IssuerMark = "乌审召镇关心下一代工作委员会文件", DocumentNumber = "乌审召关工发〔2023〕5号" };

        using var docx = Write(document);

        var paragraphs = docx.Paragraphs.ToList();
        Assert.Equal("乌审召镇关心下一代工作委员会文件", paragraphs[0].InnerText);
        Assert.Equal("FF0000", docx.Color(paragraphs[0]));
        Assert.Equal("乌审召关工发〔2023〕5号", paragraphs[3].InnerText);
        var rule = paragraphs[3].ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal("FF0000", rule.Color!.Value);
        Assert.Equal("", paragraphs[4].InnerText + paragraphs[5].InnerText);
        Assert.Equal(document.Title, paragraphs[6].InnerText);
    }

    [Fact]
    public void Written_package_has_no_validation_errors()
    {
        var document = SampleDocuments.Bulletin() with { IssuerMark = "乌审召镇关心下一代工作委员会文件", DocumentNumber = "乌审召关工发〔2023〕5号" };

        var errors = OfficialDocx.Validate(OfficialDocumentWriter.ToBytes(document));

        Assert.Empty(errors.Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Fonts_are_declared_with_windows_alternates_and_chinese_language()
    {
        using var docx = Write(SampleDocuments.Bulletin());

        var fonts = docx.Main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"].GetFirstChild<AltName>()!.Val!.Value);
        Assert.Equal("楷体", fonts["楷体_GB2312"].GetFirstChild<AltName>()!.Val!.Value);
        Assert.Contains("方正小标宋简体", fonts.Keys);
        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        Assert.Equal(FontTypeHintValues.EastAsia, defaults.RunFonts!.Hint!.Value);
        Assert.Equal("关于2023年第一季度关工委信息宣传工作情况的通报", docx.Package.PackageProperties.Title);
    }

    [Fact]
    public void Writes_to_a_write_only_stream_and_leaves_it_open()
    {
        using var target = new WriteOnlyStream();

        OfficialDocumentWriter.Write(SampleDocuments.Bulletin(), target);

        Assert.True(target.Written > 1000);
        target.WriteByte(0);
    }

    [Fact]
    public void Control_characters_in_text_do_not_break_the_package()
    {
        var document = new OfficialDocument
        {
            Title = "通\u0001知",
            Body = [new OfficialParagraph("第一段\u0007文字\n第二段\u000B文字")],
            Date = new DateOnly(2023, 12, 31),
        };

        var bytes = OfficialDocumentWriter.ToBytes(document);

        Assert.Empty(OfficialDocx.Validate(bytes));
        using var docx = OfficialDocx.Open(bytes);
        Assert.Equal("通知", docx.Paragraphs[0].InnerText);
        Assert.Equal("第一段文字", docx.Paragraphs[2].InnerText);
        Assert.Equal("第二段文字", docx.Paragraphs[3].InnerText);
        Assert.Equal("2023年12月31日", docx.Paragraphs[^1].InnerText);
    }

    [Fact]
    public void A_document_without_a_title_is_refused()
    {
        var document = new OfficialDocument { Title = " " };

        Assert.Throws<ArgumentException>(() => OfficialDocumentWriter.ToBytes(document));
    }

    [Fact]
    public void Heading_levels_outside_one_to_four_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfficialHeading(0, "一、"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfficialHeading(5, "①"));
    }
}

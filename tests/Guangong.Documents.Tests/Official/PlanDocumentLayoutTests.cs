using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official;
using Guangong.Documents.Plans;
using Guangong.Documents.Tests.Plans;

namespace Guangong.Documents.Tests.Official;

public class PlanDocumentLayoutTests
{
    private static readonly string[] WushenzhaoSections =
    [
        "一、强化理论学习，压实“五老”责任",
        "二、强化组织建设，增加“五老”力量",
        "三、强化活动开展，突显“五老”作用",
        "四、强化信息宣传，彰显“五老”风采",
        "五、助力乡村振兴，扩大“五老”影响",
    ];

    private static OfficialDocument Wushenzhao() =>
        PlanDocumentLayout.ToOfficialDocument(PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao)));

    [Fact]
    public void Wushenzhao_sections_become_level_one_headings_in_order()
    {
        var document = Wushenzhao();

        Assert.Equal("乌审召镇2023年关心下一代工作计划", document.Title);
        var headings = document.Body.OfType<OfficialHeading>().ToList();
        Assert.Equal(WushenzhaoSections, headings.Select(h => h.Text));
        Assert.All(headings, h => Assert.Equal(1, h.Level));
        Assert.StartsWith("2023年，乌审召镇坚持以习近平新时代中国特色社会主义思想为指导", Assert.IsType<OfficialParagraph>(document.Body[0]).Text);
    }

    [Fact]
    public void Wushenzhao_headings_come_out_in_heiti_in_the_written_docx()
    {
        var bytes = OfficialDocumentWriter.ToBytes(Wushenzhao());

        using var docx = OfficialDocx.Open(bytes);
        var headings = docx.Paragraphs.Where(p => docx.StyleId(p) == "Heading1").ToList();
        Assert.Equal(WushenzhaoSections, headings.Select(p => p.InnerText));
        Assert.All(headings, h => Assert.Equal("黑体", docx.EastAsiaFont(h)));
        Assert.Empty(OfficialDocx.Validate(bytes));
    }

    [Fact]
    public void Inline_enumerations_stay_in_their_paragraph_as_written()
    {
        var document = Wushenzhao();

        var body = document.Body.ToList();
        var organisation = body.FindIndex(b => b is OfficialHeading { Text: "二、强化组织建设，增加“五老”力量" });
        var paragraph = Assert.IsType<OfficialParagraph>(body[organisation + 1]);
        Assert.StartsWith("2023年为更好发挥关工委作用", paragraph.Text);
        Assert.Contains("主要有以下几项重点工作：一是提高思想认识，认清关工工作重要性", paragraph.Text);
        Assert.Contains("。二是加强基层关工组织建设。", paragraph.Text);
        Assert.Contains("。三是推进“五老”队伍建设。", paragraph.Text);
        Assert.IsType<OfficialHeading>(body[organisation + 2]);
    }

    [Fact]
    public void Wushenzhao_roster_becomes_the_attachment_page()
    {
        var document = Wushenzhao();

        Assert.Equal(["乌审召镇关工委组成成员"], document.Attachments);
        var appendix = Assert.Single(document.Appendices);
        Assert.Equal("乌审召镇关工委组成成员", appendix.Title);
        var roster = Assert.IsType<OfficialRoster>(Assert.Single(appendix.Blocks));
        Assert.Equal(new OfficialRosterRow("主任", "宝音图", "党委副书记"), roster.Rows[0]);
        Assert.Equal(10, roster.Rows.Count);
        Assert.Equal("乌审召镇人民政府", document.IssuerSignature);
        Assert.Equal(new DateOnly(2023, 4, 5), document.Date);
    }

    [Fact]
    public void Roster_table_repeats_no_role_and_spreads_roles_over_four_characters()
    {
        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(Wushenzhao()));

        var table = docx.Body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["主任", "：", "宝音图（党委副书记）"], rows[0]);
        Assert.Equal(["副主任", "：", "道格通毕力格（关心下一代工作干事）"], rows[1]);
        Assert.Equal(["", "", "郝和平（“五老”人员）"], rows[2]);
        var role = table.Descendants<TableCell>().First().GetFirstChild<Paragraph>()!;
        Assert.Equal("distribute", docx.Alignment(role));
        Assert.Equal("1260", table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().First().Width!.Value);
    }

    [Fact]
    public void Zhenglu_items_keep_their_numbers_as_level_three_markers()
    {
        var document = PlanDocumentLayout.ToOfficialDocument(PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Zhenglu)));

        Assert.Equal(6, document.Body.OfType<OfficialHeading>().Count());
        var body = document.Body.ToList();
        var first = body.FindIndex(b => b is OfficialHeading { Text: "一、政治引领，把准导向" });
        Assert.StartsWith("1.坚持把学习宣传贯彻落实党的二十大精神", Assert.IsType<OfficialParagraph>(body[first + 1]).Text);
        Assert.StartsWith("2.坚持用习近平总书记", Assert.IsType<OfficialParagraph>(body[first + 2]).Text);
        Assert.Empty(document.Appendices);
        Assert.Empty(document.Attachments);
    }

    [Fact]
    public void Second_level_items_become_kaiti_headings_with_their_text_after()
    {
        var plan = PlanTextParser.Parse("""
            某镇2024年关心下一代工作要点
            一、加强组织建设
            （一）健全组织。各村要配齐关工委班子。
            （二）壮大队伍。吸纳更多“五老”加入。
            """);

        var document = PlanDocumentLayout.ToOfficialDocument(plan);

        Assert.Equal(
            ["一、加强组织建设", "（一）健全组织", "各村要配齐关工委班子。", "（二）壮大队伍", "吸纳更多“五老”加入。"],
            document.Body.Select(b => b switch { OfficialHeading h => h.Text, OfficialParagraph p => p.Text, _ => "?" }));
        Assert.Equal([1, 2, 2], document.Body.OfType<OfficialHeading>().Select(h => h.Level));
    }

    [Fact]
    public void A_plan_without_title_or_date_still_lays_out()
    {
        var plan = PlanTextParser.Parse("一、学习\n认真学习。\n二、宣传\n做好宣传。");

        var document = PlanDocumentLayout.ToOfficialDocument(plan);

        Assert.Equal("关心下一代工作计划", document.Title);
        Assert.Null(document.Date);
        Assert.Empty(OfficialDocx.Validate(OfficialDocumentWriter.ToBytes(document)));
    }
}

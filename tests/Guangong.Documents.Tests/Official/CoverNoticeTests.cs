using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official;
using Guangong.Documents.Plans;
using Guangong.Documents.Tests.Plans;

namespace Guangong.Documents.Tests.Official;

public class CoverNoticeTests
{
    private static OfficialDocument WushenzhaoNotice()
    {
        var plan = PlanDocumentLayout.ToOfficialDocument(PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao)));
        return CoverNotice.Issue(plan, "乌审召镇人民政府", ["各嘎查（村）", "社区", "各相关单位"], new DateOnly(2023, 4, 5));
    }

    [Fact]
    public void Notice_reads_like_the_wushenzhao_seed()
    {
        var notice = WushenzhaoNotice();

        Assert.Equal("乌审召镇人民政府关于印发乌审召镇2023年关心下一代工作计划的通知", notice.Title);
        var text = Assert.IsType<OfficialParagraph>(Assert.Single(notice.Body)).Text;
        Assert.Equal("现将《乌审召镇2023年关心下一代工作计划》印发给你们，请结合实际，认真贯彻落实。", text);
        Assert.Equal("乌审召镇人民政府", notice.IssuerSignature);
        Assert.Equal(new DateOnly(2023, 4, 5), notice.Date);
        Assert.Equal("乌审召镇2023年关心下一代工作计划", notice.Issued!.Title);
        Assert.Equal(["乌审召镇关工委组成成员"], notice.Issued.Attachments);
        Assert.Empty(notice.Attachments);
        Assert.Single(notice.Appendices);
    }

    [Fact]
    public void Notice_docx_has_the_notice_then_the_plan_on_a_new_page()
    {
        var bytes = OfficialDocumentWriter.ToBytes(WushenzhaoNotice());

        Assert.Empty(OfficialDocx.Validate(bytes));
        using var docx = OfficialDocx.Open(bytes);
        var paragraphs = docx.Paragraphs.ToList();
        Assert.Equal(
            ["乌审召镇人民政府关于印发乌审召镇", "2023年关心下一代工作计划的通知"],
            OfficialDocx.LinesOf(paragraphs[0]));
        Assert.Equal("各嘎查（村）、社区、各相关单位：", paragraphs[2].InnerText);
        Assert.StartsWith("现将《", paragraphs[3].InnerText);
        Assert.Equal(["", "乌审召镇人民政府", "2023年4月5日"], paragraphs.Skip(4).Take(3).Select(p => p.InnerText));
        // Name of 8 characters and a date of 6: both end two characters from the right edge.
        Assert.Equal(630, docx.RightIndent(paragraphs[5]));
        Assert.Equal(630, docx.RightIndent(paragraphs[6]));

        var planTitle = paragraphs[7];
        Assert.Equal("乌审召镇2023年关心下一代工作计划", planTitle.InnerText);
        Assert.NotNull(planTitle.ParagraphProperties!.PageBreakBefore);
        Assert.Equal("Title", docx.StyleId(planTitle));
        Assert.Equal("附件：乌审召镇关工委组成成员", paragraphs.Last(p => p.InnerText.StartsWith("附件：", StringComparison.Ordinal)).InnerText);
        Assert.DoesNotContain(paragraphs.Skip(8), p => p.InnerText == "乌审召镇人民政府");
        Assert.NotNull(docx.Find("附件").ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void A_quoted_or_nested_title_is_quoted_once()
    {
        Assert.Equal("某镇关于印发关于贯彻〈意见〉的实施方案的通知".Replace('〈', '《').Replace('〉', '》'),
            CoverNotice.TitleFor("某镇", "关于贯彻《意见》的实施方案"));
        Assert.Equal("现将《关于贯彻〈意见〉的实施方案》印发给你们，请结合实际，认真贯彻落实。", CoverNotice.TextFor("关于贯彻《意见》的实施方案"));
        Assert.Equal("现将《工作计划》印发给你们，请结合实际，认真贯彻落实。", CoverNotice.TextFor("《工作计划》"));
    }

    [Fact]
    public void A_notice_cannot_issue_another_notice()
    {
        var notice = WushenzhaoNotice();

        Assert.Throws<ArgumentException>(() => CoverNotice.Issue(notice, "某镇", [], new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void Issued_plan_keeps_its_heading_styles()
    {
        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(WushenzhaoNotice()));

        Assert.Equal(5, docx.Paragraphs.Count(p => docx.StyleId(p) == "Heading1"));
        Assert.Single(docx.Body.Elements<Table>());
    }
}

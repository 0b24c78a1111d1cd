using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official;
using Guangong.Documents.Plans;
using Guangong.Documents.Tests.Plans;

namespace Guangong.Documents.Tests.Official;

/// <summary>
/// Re-exporting an imported seed plan reproduces its text as the office wrote it, and its cover
/// notice is the office's own: recipients, words, signer and date.
/// </summary>
public sealed class SeedFidelityTests
{
    [Theory]
    [InlineData(SeedFiles.Wushenzhao)]
    [InlineData(SeedFiles.Zhenglu)]
    public void Every_line_of_the_plan_body_comes_back_character_for_character(string seed)
    {
        var text = SeedFiles.ReadText(seed);
        var plan = PlanTextParser.Parse(text);
        var document = PlanDocumentLayout.ToOfficialDocument(plan, rosterTitle: null, sourceText: text);

        var written = Paragraphs(OfficialDocumentWriter.ToBytes(document));
        var body = Lines(text).SkipWhile(l => l != plan.Title).Skip(1)
            .Where(l => !l.StartsWith("附件", StringComparison.Ordinal))
            .TakeWhile(l => !IsRosterLine(l, plan))
            .ToList();
        Assert.NotEmpty(body);
        var missing = body.Where(l => !written.Contains(l)).ToList();
        Assert.True(missing.Count == 0, "Not reproduced as written:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_appendix_names_are_printed_as_written()
    {
        var text = SeedFiles.ReadText(SeedFiles.Wushenzhao);
        var document = PlanDocumentLayout.ToOfficialDocument(PlanTextParser.Parse(text), sourceText: text);

        var written = Paragraphs(OfficialDocumentWriter.ToBytes(document));

        Assert.Contains("李  林（查汗淖学校校长）", written);
        Assert.Contains("宝音图（党委副书记）", written);
        Assert.Contains(written, p => p.StartsWith("塔  娜（", StringComparison.Ordinal));
        Assert.Contains(written, p => p.StartsWith("道格通毕力格", StringComparison.Ordinal));
    }

    [Fact]
    public void The_wushenzhao_notice_is_read_as_the_office_wrote_it()
    {
        var notice = OriginalNotice.Read(SeedFiles.ReadText(SeedFiles.Wushenzhao));

        Assert.NotNull(notice);
        Assert.Equal("乌审召镇人民政府关于印发乌审召镇2023年关心下一代工作计划的通知", notice.Title);
        Assert.Equal(["各嘎查（村）、社区、各相关单位"], notice.Recipients);
        Assert.Equal(["现将《乌审召镇2023年关心下一代工作计划》印发给你们，请认真贯彻落实。"], notice.Body);
        Assert.Equal("乌审召镇人民政府", notice.Signer);
        Assert.Equal(new DateOnly(2023, 4, 5), notice.Date);
        Assert.Null(OriginalNotice.Read(SeedFiles.ReadText(SeedFiles.Zhenglu)));
    }

    [Fact]
    public void Items_inside_a_section_keep_their_level()
    {
        var plan = PlanTextParser.Parse(SeedFiles.ReadText(SeedFiles.Wushenzhao));
        var document = PlanDocumentLayout.ToOfficialDocument(plan, rosterTitle: null);

        // A "（一）…。" sentence is an item of its section: body text, not a level-2 heading.
        Assert.DoesNotContain(document.Body.OfType<OfficialHeading>(), h => h.Level == 2 && h.Text.EndsWith('。'));
    }

    [Fact]
    public void A_lone_numbered_sentence_inside_a_section_stays_an_item()
    {
        var plan = PlanTextParser.Parse("""
            某镇2023年关心下一代工作计划
            一、加强组织建设
            （一）各村要在年内配齐关工委班子。
            （二）壮大队伍。吸纳更多“五老”加入。
            """);

        var body = PlanDocumentLayout.ToOfficialDocument(plan).Body;

        Assert.Contains(body, b => b is OfficialParagraph p && p.Text == "（一）各村要在年内配齐关工委班子。");
        Assert.Contains(body, b => b is OfficialHeading { Level: 2 } h && h.Text == "（二）壮大队伍");
    }

    private static bool IsRosterLine(string line, PlanDocument plan) =>
        plan.Roster.Count > 0 && (line.StartsWith("主", StringComparison.Ordinal) && line.Contains('：', StringComparison.Ordinal) && line.Contains(plan.Roster[0].Name, StringComparison.Ordinal)
            || line.EndsWith("组成成员", StringComparison.Ordinal) || line.Contains("名单", StringComparison.Ordinal));

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Replace("[bookmark: _GoBack]", string.Empty, StringComparison.Ordinal).Trim()).Where(l => l.Length > 0).ToList();

    private static HashSet<string> Paragraphs(byte[] docx)
    {
        using var docxFile = OfficialDocx.Open(docx);
        return docxFile.Body.Descendants<Paragraph>().Select(p => p.InnerText.Trim()).ToHashSet();
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official;

public class CertificateDocumentWriterTests
{
    internal static CertificateDocument Sample() => new()
    {
        Number = "乌关工证〔2023〕12号",
        VolunteerName = "郝和平",
        PeriodStart = new DateOnly(2023, 1, 1),
        PeriodEnd = new DateOnly(2023, 12, 31),
        IssuingUnit = "乌审召镇关心下一代工作委员会",
        TotalHours = 9.5m,
        Activities =
        [
            new CertificateActivity(new DateOnly(2023, 3, 15), "普法进校园宣讲", 2m),
            new CertificateActivity(new DateOnly(2023, 7, 10), "暑期防溺水巡逻", 4.5m),
            new CertificateActivity(new DateOnly(2023, 9, 1), "爷爷奶奶一堂课", 3m),
        ],
        IssuerSignature = "乌审召镇关心下一代工作委员会",
        Date = new DateOnly(2024, 1, 8),
    };

    [Fact]
    public void Certificate_has_the_official_page_title_and_statement()
    {
        var bytes = CertificateDocumentWriter.ToBytes(Sample());

        Assert.Empty(OfficialDocx.Validate(bytes));
        using var docx = OfficialDocx.Open(bytes);
        Assert.Equal(1588u, docx.Section.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.Equal(579, docx.Section.GetFirstChild<DocGrid>()!.LinePitch!.Value);
        var paragraphs = docx.Paragraphs.ToList();
        Assert.Equal("编号：乌关工证〔2023〕12号", paragraphs[0].InnerText);
        Assert.Equal("right", docx.Alignment(paragraphs[0]));
        var title = docx.Find("志愿服务证明");
        Assert.Equal("方正小标宋简体", docx.EastAsiaFont(title));
        Assert.Equal(44, docx.FontSize(title));
        var statement = docx.FindStartingWith("兹证明");
        Assert.Equal(
            "兹证明郝和平同志于2023年1月1日至2023年12月31日期间，在乌审召镇关心下一代工作委员会参加志愿服务，累计服务时长9.5小时。服务记录如下：",
            statement.InnerText);
        Assert.Equal(32, docx.FontSize(statement));
        Assert.Equal(630, docx.FirstLineIndent(statement));
        Assert.Equal("2024年1月8日", paragraphs[^1].InnerText);
        Assert.Equal("乌审召镇关心下一代工作委员会", paragraphs[^2].InnerText);
    }

    [Fact]
    public void Activity_table_lists_rows_with_a_repeating_header_and_the_total()
    {
        using var docx = OfficialDocx.Open(CertificateDocumentWriter.ToBytes(Sample()));

        var table = docx.Body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(["序号", "日期", "活动名称", "小时数"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["2", "2023年7月10日", "暑期防溺水巡逻", "4.5"], rows[2].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["合计", "9.5"], rows[^1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(3, rows[^1].Elements<TableCell>().First().TableCellProperties!.GridSpan!.Val!.Value);
        var header = rows[0].Descendants<Paragraph>().First();
        Assert.Equal("黑体", docx.EastAsiaFont(header));
        Assert.Equal(28, docx.FontSize(rows[1].Descendants<Paragraph>().First()));
        Assert.Equal(8844, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_total_that_the_activities_do_not_add_up_to_is_refused()
    {
        var certificate = Sample() with { TotalHours = 10m };

        var error = Assert.Throws<ArgumentException>(() => CertificateDocumentWriter.ToBytes(certificate));
        Assert.Contains("9.5", error.Message);
    }

    [Fact]
    public void Parts_beyond_the_total_are_refused_and_a_rest_registered_from_records_is_allowed()
    {
        Assert.Throws<ArgumentException>(() => CertificateDocumentWriter.ToBytes(Sample() with { VerifiedHours = 9m, OnBehalfHours = 1m }));
        Assert.NotEmpty(CertificateDocumentWriter.ToBytes(Sample() with { VerifiedHours = 2m, OnBehalfHours = 0m }));
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var certificate = Sample() with { PeriodEnd = new DateOnly(2022, 12, 31) };

        Assert.Throws<ArgumentException>(() => CertificateDocumentWriter.ToBytes(certificate));
    }

    [Fact]
    public void Without_activities_there_is_no_table_and_no_list_lead_in()
    {
        var certificate = Sample() with { Activities = [], TotalHours = 12m };

        using var docx = OfficialDocx.Open(CertificateDocumentWriter.ToBytes(certificate));

        Assert.Empty(docx.Body.Elements<Table>());
        Assert.EndsWith("累计服务时长12小时。", docx.FindStartingWith("兹证明").InnerText);
    }

    [Theory]
    [InlineData("11010519491231002X", "兹证明郝和平同志（身份证号：110105********002X）于")]
    [InlineData("110105491231002", "兹证明郝和平同志（身份证号：110105*****1002）于")]
    [InlineData("WSZ-2023-0158", "兹证明郝和平同志（志愿者编号：WSZ-2023-0158）于")]
    [InlineData("  ", "兹证明郝和平同志于")]
    public void The_volunteer_number_is_printed_and_an_ID_card_number_only_masked(string number, string start)
    {
        var statement = CertificateDocumentWriter.Statement(Sample() with { VolunteerNumber = number });

        Assert.StartsWith(start, statement, StringComparison.Ordinal);
        Assert.DoesNotContain("19491231", statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6.5, 3, "其中本人签到签退核实6.5小时，工作人员代为登记3小时。")]
    [InlineData(9.5, 0, "均为本人签到签退核实。")]
    [InlineData(0, 9.5, "均由工作人员代为登记。")]
    [InlineData(2, 0, "累计服务时长9.5小时。其中本人签到签退核实2小时。")] // the rest an inspection's typed hours: neither part
    [InlineData(0, 3, "累计服务时长9.5小时。其中工作人员代为登记3小时。")]
    public void The_split_of_the_hours_names_no_part_of_none(double verified, double onBehalf, string said)
    {
        var statement = CertificateDocumentWriter.Statement(Sample() with { VerifiedHours = (decimal)verified, OnBehalfHours = (decimal)onBehalf });
        Assert.Contains(said, statement, StringComparison.Ordinal);
        Assert.DoesNotContain("0小时", statement.Replace("10小时", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official;

/// <summary>A ruled table in the body (the 申报表's criteria): fills the text block, repeats its header, keeps rows whole.</summary>
public sealed class OfficialTableTests
{
    private static OfficialDocument Form(OfficialTable table) => new()
    {
        Title = "校外教育辅导站申报表",
        Body = [new OfficialParagraph("评分如下。"), table],
        IssuerSignature = "郑陆镇关工委",
        Date = new DateOnly(2026, 11, 20),
    };

    [Fact]
    public void The_table_fills_the_text_block_repeats_its_header_and_is_valid_ooxml()
    {
        var table = new OfficialTable(["指标", "评分要点", "分值"], [["组织领导有力", "明确站长", "5"], ["活动常态有效", "每月开展活动", "10"]], [3, 7, 2]);
        var bytes = OfficialDocumentWriter.ToBytes(Form(table));
        Assert.Empty(OfficialDocx.Validate(bytes));
        using var docx = OfficialDocx.Open(bytes);
        var written = docx.Body.Elements<Table>().Single();
        var widths = written.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(8844, widths.Sum());
        Assert.True(widths[1] > widths[0] && widths[0] > widths[2]);
        var rows = written.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.NotNull(rows[1].TableRowProperties!.GetFirstChild<CantSplit>());
        Assert.Equal("每月开展活动", rows[2].Elements<TableCell>().ElementAt(1).InnerText);
    }

    [Fact]
    public void A_column_of_names_is_widened_from_its_weight_and_figures_are_centred()
    {
        var table = new OfficialTable(["作品题目", "作者", "得分"], [["外婆的一堂课", "欧阳思远", "92.5"], ["奶奶的一堂课", "王语嫣", ""]], [10, 1, 1]);
        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(Form(table)));
        var written = docx.Body.Elements<Table>().Single();
        var widths = written.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(8844, widths.Sum());
        // Four 4号 characters (14 pt each) and the cell's 1 mm padding each side, where the weight alone gave 737.
        Assert.InRange(widths[1], 4 * 280 + 114, 4 * 280 + 200);
        Assert.True(widths[0] > widths[1]);
        var cells = written.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();
        Assert.Equal(JustificationValues.Left, cells[1].Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Center, cells[2].Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void A_cell_of_two_lines_breaks_where_it_was_broken_and_is_as_wide_as_its_longer_line()
    {
        var table = new OfficialTable(["作品题目", "学校、班级"], [["外婆的一堂课", "郑陆实验学校\n三年级12班"]], [10, 1]);
        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(Form(table)));
        var written = docx.Body.Elements<Table>().Single();
        var cell = written.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(1);
        Assert.Equal(["郑陆实验学校", "三年级12班"], cell.Descendants<Text>().Select(t => t.Text));
        Assert.Single(cell.Descendants<Break>());
        var widths = written.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.InRange(widths[1], 6 * 280 + 114, 6 * 280 + 200); // 郑陆实验学校, not the two lines end to end
    }

    [Fact]
    public void A_column_of_short_entries_gives_its_spare_room_to_the_column_that_wraps()
    {
        // The station application form: a 佐证材料 of "见台账及照片" had 5/21 of the width while 评分要点 wrapped at 7/21.
        var table = new OfficialTable(["指标", "评分要点", "分值", "自评", "审核", "佐证材料"],
            [["组织领导有力", "成立辅导站领导小组，村（社区）党组织负责人牵头", "5", "5", "", "见台账及照片"], ["组织领导有力", "明确站长，职责清楚", "5", "5", "", ""]],
            [3, 7, 2, 2, 2, 5]);
        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(Form(table)));
        var widths = docx.Body.Elements<Table>().Single().GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();

        Assert.Equal(8844, widths.Sum());
        Assert.InRange(widths[5], 6 * 280 + 114, 6 * 280 + 200); // 见台账及照片 on one line, no more
        Assert.InRange(widths[4], 2 * 280 + 114, 2 * 280 + 200); // 审核, left for the hand: its header's width
        Assert.True(widths[1] >= 3000, $"评分要点 {widths[1]}"); // 2,726 by the weights: the spare of the four short columns
    }

    [Fact]
    public void A_row_with_a_missing_cell_is_refused()
    {
        var table = new OfficialTable(["指标", "分值"], [["组织领导有力"]], [1, 1]);
        Assert.Throws<ArgumentException>(() => OfficialDocumentWriter.ToBytes(Form(table)));
    }
}

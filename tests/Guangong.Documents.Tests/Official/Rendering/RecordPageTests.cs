using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official.Rendering;

/// <summary>
/// The record block (版记) of a document printed on both sides sits at the foot of an even page, the
/// back of the last sheet (GB/T 9704 7.4); a blank page before it and the record page then carry no
/// page number (7.5). Measured on the PDF LibreOffice makes.
/// </summary>
public sealed class RecordPageTests
{
    private const double Mm = RenderedPdf.PointsPerMm;

    /// <param name="paragraphs">Four-line paragraphs under a two-line title: 22 lines fill a page.</param>
    [Theory]
    [InlineData(2, 2, true)]    // ends on page 1: the block alone on page 2, numbered
    [InlineData(7, 2, true)]    // ends high on page 2: the block under the text on page 2
    [InlineData(10, 4, false)]  // fills page 2: page 3 blank, the block on page 4, neither numbered
    [InlineData(12, 4, true)]   // ends on page 3: the block on page 4
    public void The_record_block_is_at_the_foot_of_an_even_last_page(int paragraphs, int pages, bool recordPageNumbered)
    {
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(Text(paragraphs)), "record-" + paragraphs);

        Assert.Equal(pages, pdf.Pages.Count);
        var last = pdf.Pages[^1];
        var printed = last.Words.Single(w => w.Text.EndsWith("印发", StringComparison.Ordinal));
        // The last rule lies on the block's lower edge (262 mm): the printing line just above it.
        Assert.InRange(printed.YMax / Mm, 250.0, 263.0);
        Assert.Contains("抄送", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.Pages.SkipLast(1), p => p.Text.Contains("印发", StringComparison.Ordinal));
        Assert.Equal(recordPageNumbered, last.Words.Any(w => w.Text == pages.ToString(System.Globalization.CultureInfo.InvariantCulture) && w.YMin / Mm > 262));
        if (!recordPageNumbered)
        {
            Assert.Empty(pdf.Pages[^2].Words);
        }
    }

    [Fact]
    public void Printed_on_one_side_the_block_stays_on_the_page_the_text_ends_on()
    {
        var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(Text(2) with { PrintedBothSides = false }), "record-one-side");

        var page = Assert.Single(pdf.Pages);
        Assert.InRange(page.Words.Single(w => w.Text.EndsWith("印发", StringComparison.Ordinal)).YMax / Mm, 250.0, 263.0);
    }

    [Fact]
    public void A_signature_kept_with_its_text_still_leaves_the_block_on_an_even_page()
    {
        // Text ending near the foot of page 2: the attachment note and the signature go over with the last lines when
        // they do not fit under them, which moves the end of the text to page 3 and the block to page 4.
        for (var lines = 36; lines <= 42; lines++)
        {
            var document = Text(0) with
            {
                Body = [.. Enumerable.Range(0, lines).Select(_ => (OfficialBlock)new OfficialParagraph(new string('测', 26)))],
                Attachments = ["2023年3月份通讯员积分排名"],
                IssuerSignature = "乌审召镇关心下一代工作委员会",
                Date = new DateOnly(2023, 4, 6),
            };
            var pdf = RenderedPdf.Render(OfficialDocumentWriter.ToBytes(document), $"record-kept-{lines}");

            var last = pdf.Pages[^1];
            Assert.True(pdf.Pages.Count % 2 == 0, $"{lines} lines: {pdf.Pages.Count} pages");
            var printed = last.Words.Single(w => w.Text.EndsWith("印发", StringComparison.Ordinal));
            Assert.True(printed.YMax / Mm is > 250.0 and < 263.0, $"{lines} lines: the printing line at {printed.YMax / Mm:0} mm");
            Assert.DoesNotContain(pdf.Pages.SkipLast(1), p => p.Text.Contains("印发", StringComparison.Ordinal));
        }
    }

    private static OfficialDocument Text(int paragraphs) => new()
    {
        Title = "测试",
        Body = Enumerable.Range(0, paragraphs).Select(_ => (OfficialBlock)new OfficialParagraph(new string('测', 26 + 28 * 3))).ToList(),
        CopyTo = ["旗关工委"],
        PrintedBy = "乌审召镇关工委办公室",
        PrintedDate = new DateOnly(2023, 4, 6),
    };
}

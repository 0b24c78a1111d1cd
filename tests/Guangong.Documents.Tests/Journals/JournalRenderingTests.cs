using System.Globalization;
using System.Text.RegularExpressions;
using Guangong.Documents.Journals;
using Guangong.Documents.Tests.Official.Rendering;

namespace Guangong.Documents.Tests.Journals;

/// <summary>
/// The 内刊 as a printer gets it: rendered by LibreOffice and read back from the PDF. The contents page must
/// name the page each piece really starts on, and nothing may run past the page.
/// </summary>
public sealed partial class JournalRenderingTests
{
    [Fact]
    public void The_contents_page_names_the_page_each_piece_starts_on_and_nothing_runs_off_the_page()
    {
        var journal = JournalWriterTests.Sample(pieces: 6) with
        {
            Sections =
            [
                .. JournalWriterTests.Sample(pieces: 6).Sections.Select(s => s with
                {
                    Pieces = [.. s.Pieces.Select(p => p with { Paragraphs = [.. Enumerable.Repeat("爷爷退休前是村里的老师，每个星期六都给我们讲故事。他说，做人要像稻子，越饱满越低头。", 12)] })],
                }),
            ],
        };
        var pdf = RenderedPdf.Render(JournalWriter.ToBytes(journal), "journal");

        // A5: 148 × 210 mm.
        Assert.All(pdf.Pages, p => Assert.InRange(p.Width / RenderedPdf.PointsPerMm, 146, 150));
        Assert.All(pdf.Pages, p => Assert.InRange(p.Height / RenderedPdf.PointsPerMm, 208, 212));
        Assert.Contains("银龄关爱", pdf.Pages[0].Text);

        var contents = pdf.Pages.Select((p, i) => (p, i)).First(x => x.p.Text.Contains("目录", StringComparison.Ordinal) && x.p.Text.Contains("爷爷的一堂课（1）", StringComparison.Ordinal));
        var entries = 0;
        foreach (var piece in journal.Sections.SelectMany(s => s.Pieces))
        {
            // The contents line: the title, dot leaders, the printed page number at its end.
            var line = contents.p.Lines().Select(l => string.Concat(l.Select(w => w.Text))).Single(l => l.StartsWith(piece.Title, StringComparison.Ordinal));
            var printed = PageNumberAtEnd().Match(line);
            Assert.True(printed.Success, $"no page number after “{piece.Title}” in the contents: {line}");

            // The page it really starts on: the first page after the contents with the title on it, and its footer number.
            var start = pdf.Pages.Select((p, i) => (p, i)).First(x => x.i > contents.i && x.p.Text.Contains(piece.Title, StringComparison.Ordinal));
            var footer = start.p.Words.Where(w => w.YMin > start.p.Height * 0.9).Select(w => w.Text).ToList();
            Assert.Contains(printed.Groups[1].Value, footer);
            entries++;
        }

        Assert.Equal(7, entries);
        foreach (var (page, index) in pdf.Pages.Select((p, i) => (p, i)))
        {
            Assert.All(page.Words, w => Assert.True(w.XMax <= page.Width && w.YMax <= page.Height, $"page {index + 1}: “{w.Text}” runs off the page"));
        }
    }

    [GeneratedRegex(@"(\d+)$")]
    private static partial Regex PageNumberAtEnd();
}

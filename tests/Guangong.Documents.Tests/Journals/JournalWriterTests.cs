using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Journals;

namespace Guangong.Documents.Tests.Journals;

public sealed class JournalWriterTests
{
    /// <summary>A 2×2 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    public static JournalDocument Sample(int pieces = 3, int imagesPerPiece = 1, JournalPageSize size = JournalPageSize.A5, Action? opened = null) => new()
    {
        Title = "银龄关爱，同行致远",
        Issue = "第五期",
        EditingUnit = "郑陆镇关心下一代工作委员会 编",
        DateText = "2026年12月",
        Foreword = "这是第五本青少年内刊修身读物。\n感谢每一位爷爷奶奶。",
        PageSize = size,
        Sections =
        [
            new JournalSection("征文获奖作品", Enumerable.Range(1, pieces).Select(i => new JournalPiece
            {
                Title = $"爷爷的一堂课（{i}）",
                Byline = $"焦溪小学 三年级（{i}）班 学生{i}",
                Paragraphs = ["爷爷退休前是村里的老师。", "他说，做人要像稻子，越饱满越低头。"],
                Images = Enumerable.Range(0, imagesPerPiece).Select(_ => new JournalImage(() => { opened?.Invoke(); return new MemoryStream(Png); }, 800, 600, "image/png", "爷爷在讲课")).ToList(),
            }).ToList()),
            new JournalSection("宣传稿件选登", [new JournalPiece { Title = "郑陆镇关工委开展暑期防溺水教育", Paragraphs = ["七月，五老志愿者走进村头。"] }]),
        ],
    };

    [Fact]
    public void The_package_opens_with_cover_foreword_toc_sections_pictures_and_page_numbers()
    {
        var opened = 0;
        var bytes = ToBytes(Sample(opened: () => opened++));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = doc.MainDocumentPart!;
        var body = main.Document!.Body!;
        var text = body.InnerText;
        Assert.StartsWith("《银龄关爱，同行致远》第五期", text);
        Assert.Contains("2026年12月", text);
        Assert.Contains("卷首语", text);
        Assert.Contains("updateFields", main.DocumentSettingsPart!.Settings!.OuterXml);
        Assert.Equal(6, body.Descendants<FieldCode>().Count(f => f.Text.Contains("PAGEREF")));
        Assert.Equal(6, body.Descendants<BookmarkStart>().Count(b => b.Name!.Value!.StartsWith("_Toc")));
        Assert.Equal(3, main.ImageParts.Count());
        Assert.Equal(3, opened);
        Assert.Equal(3, body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Count(b => main.GetPartById(b.Embed!.Value!) is ImagePart));
        Assert.Contains(main.FooterParts, f => f.Footer!.Descendants<FieldCode>().Any(c => c.Text.Contains("PAGE")));
        var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((8391u, 11906u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal("《银龄关爱，同行致远》第五期", doc.PackageProperties.Title);
        Assert.DoesNotContain(DateTime.Today.ToString("yyyy年M月d日"), text);
    }

    [Fact]
    public void Sixteenmo_is_184_by_260_mm_and_pictures_are_stored_not_recompressed()
    {
        var bytes = ToBytes(Sample(1, 2, JournalPageSize.Sixteenmo));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var size = doc.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((10433u, 14742u), (size.Width!.Value, size.Height!.Value));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("word/media/")));
    }

    private static byte[] ToBytes(JournalDocument journal) => JournalWriter.ToBytes(journal);
}

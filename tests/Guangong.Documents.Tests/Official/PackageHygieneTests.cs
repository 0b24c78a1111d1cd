using System.IO.Compression;
using System.Xml.Linq;
using Guangong.Documents.Official;

namespace Guangong.Documents.Tests.Official;

/// <summary>The package as Word and WPS write their own: an app.xml and relative relationship targets.</summary>
public sealed class PackageHygieneTests
{
    [Fact]
    public void The_package_has_app_properties_and_only_relative_relationship_targets()
    {
        var bytes = OfficialDocumentWriter.ToBytes(SampleDocuments.Bulletin() with { IssuerMark = "乌审召镇关心下一代工作委员会文件", DocumentNumber = "乌召关发〔2023〕3号" });

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "docProps/app.xml");
        XNamespace rel = "http://schemas.openxmlformats.org/package/2006/relationships";
        var targets = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Root!.Elements(rel + "Relationship").Select(r => (e.FullName, Target: r.Attribute("Target")!.Value)).ToList();
            }).ToList();
        Assert.Contains(targets, t => t.FullName == "_rels/.rels" && t.Target == "word/document.xml");
        Assert.Contains(targets, t => t.FullName == "_rels/.rels" && t.Target == "docProps/app.xml");
        Assert.Contains(targets, t => t.FullName == "word/_rels/document.xml.rels" && t.Target == "styles.xml");
        Assert.DoesNotContain(targets, t => t.Target.StartsWith('/'));
        Assert.Empty(OfficialDocx.Validate(bytes));
    }

    [Fact]
    public void Punctuation_may_not_hang_past_the_text_block()
    {
        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(SampleDocuments.Bulletin()));

        var normal = docx.Main.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().Single(s => s.StyleId == "Normal");
        Assert.False(normal.StyleParagraphProperties!.OverflowPunctuation!.Val!.Value);
    }

    [Fact]
    public void A_letter_has_the_authority_name_in_red_over_a_double_rule_and_the_number_at_the_right()
    {
        var document = SampleDocuments.Bulletin() with { IssuerMark = "乌审召镇关心下一代工作委员会", DocumentNumber = "乌召关函〔2023〕2号", Format = OfficialFormat.Letter };

        using var docx = OfficialDocx.Open(OfficialDocumentWriter.ToBytes(document));

        var paragraphs = docx.Paragraphs.ToList();
        // The mark and its rule sit in a box placed on the paper (30 mm from the top), anchored in the number's paragraph.
        var mark = paragraphs[0].Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First();
        Assert.Equal("乌审召镇关心下一代工作委员会", mark.InnerText);
        Assert.Equal("FF0000", docx.Color(mark));
        var rule = mark.ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.BorderValues.ThickThinSmallGap, rule.Val!.Value);
        Assert.Equal("乌召关函〔2023〕2号", string.Concat(paragraphs[0].Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Select(r => string.Concat(r.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)))));
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(document.Title, paragraphs[3].InnerText);
    }
}

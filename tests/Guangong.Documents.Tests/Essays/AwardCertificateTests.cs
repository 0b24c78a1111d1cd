using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Essays;

namespace Guangong.Documents.Tests.Essays;

public sealed class AwardCertificateTests
{
    [Fact]
    public void Each_winner_gets_a_page_with_the_award_and_the_typed_date()
    {
        AwardCertificate One(string name, string award) => new()
        {
            Number = "ZL2026-" + name, Recipient = $"焦溪小学三年级（2）班 {name}同学", ContestTitle = "“爷爷奶奶一堂课”征文活动", GroupName = "小学低年级组",
            PieceTitle = "爷爷的菜园", Award = award, Adviser = "王芳", IssuerSignature = "郑陆镇关心下一代工作委员会", Date = new DateOnly(2026, 11, 20),
        };
        var bytes = AwardCertificateWriter.ToBytes([One("张三", "一等奖"), One("李四", "优秀奖")]);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("荣获一等奖", text);
        Assert.Contains("荣获优秀奖", text);
        Assert.Contains("2026年11月20日", text);
        Assert.Single(body.Descendants<PageBreakBefore>());
        // A certificate is a page of its own to hand out: no running page number in its footers.
        Assert.All(doc.MainDocumentPart.FooterParts, f => Assert.Empty(f.Footer!.Descendants<FieldCode>().Concat<DocumentFormat.OpenXml.OpenXmlElement>(f.Footer.Descendants<SimpleField>())));
    }
}

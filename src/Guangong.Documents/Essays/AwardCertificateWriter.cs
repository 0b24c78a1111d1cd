using DocumentFormat.OpenXml;
using Guangong.Documents.Official.Layout;

namespace Guangong.Documents.Essays;

/// <summary>An award certificate (获奖证书) of an essay contest.</summary>
public sealed record AwardCertificate
{
    public required string Number { get; init; }

    /// <summary>The author as printed: "焦溪小学三年级（2）班 张三同学" or "张建国同志".</summary>
    public required string Recipient { get; init; }

    public required string ContestTitle { get; init; }

    public required string GroupName { get; init; }

    public required string PieceTitle { get; init; }

    /// <summary>一等奖, 二等奖, 三等奖 or 优秀奖.</summary>
    public required string Award { get; init; }

    public string? Adviser { get; init; }

    public required string IssuerSignature { get; init; }

    /// <summary>The date the organiser typed; a certificate never takes the download date.</summary>
    public required DateOnly Date { get; init; }
}

/// <summary>
/// Writes the award certificates of a contest, one per page, on the official page used by the
/// volunteer service certificate (sealed signature block, so the organiser can stamp it), without page numbers.
/// </summary>
public static class AwardCertificateWriter
{
    public const string Title = "荣誉证书";

    public static void Write(IReadOnlyList<AwardCertificate> certificates, Stream output)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        if (certificates.Count == 0)
        {
            throw new ArgumentException("No certificate to write.", nameof(certificates));
        }

        OfficialPackage.Write(output, Title, certificates.SelectMany((c, i) => Content(c, i > 0)).ToList(), numbered: false);
    }

    public static byte[] ToBytes(IReadOnlyList<AwardCertificate> certificates)
    {
        using var buffer = new MemoryStream();
        Write(certificates, buffer);
        return buffer.ToArray();
    }

    /// <summary>The award sentence, e.g. "你的作品《爷爷的菜园》在…征文活动（小学高年级组）中荣获一等奖。".</summary>
    public static string Statement(AwardCertificate c) =>
        $"{c.Recipient.Trim()}：" + "\n" +
        $"你的作品《{c.PieceTitle.Trim()}》在{c.ContestTitle.Trim()}（{c.GroupName.Trim()}）中荣获{c.Award.Trim()}。" +
        (string.IsNullOrWhiteSpace(c.Adviser) ? string.Empty
            : c.Adviser.Contains("老师", StringComparison.Ordinal) || c.Adviser.Contains("五老", StringComparison.Ordinal) ? $"指导：{c.Adviser.Trim()}。" : $"指导老师：{c.Adviser.Trim()}。");

    private static IEnumerable<OpenXmlElement> Content(AwardCertificate c, bool newPage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(c.Number);
        ArgumentException.ThrowIfNullOrWhiteSpace(c.Recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(c.IssuerSignature);
        yield return newPage
            ? new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties(new DocumentFormat.OpenXml.Wordprocessing.PageBreakBefore(), new DocumentFormat.OpenXml.Wordprocessing.Justification { Val = DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right }),
                OfficialParagraphs.TextRun("编号：" + c.Number.Trim()))
            : OfficialParagraphs.RightAligned("编号：" + c.Number.Trim(), 0);
        yield return OfficialParagraphs.Blank();
        yield return OfficialParagraphs.Title(Title);
        yield return OfficialParagraphs.Blank();
        var lines = Statement(c).Split('\n');
        yield return OfficialParagraphs.Styled(OfficialStyleIds.Normal, lines[0]);
        yield return OfficialParagraphs.Styled(OfficialStyleIds.Body, lines[1]);
        yield return OfficialParagraphs.Styled(OfficialStyleIds.Body, "特发此证，以资鼓励。");
        foreach (var paragraph in SignatureBlock.Sealed(c.IssuerSignature, c.Date))
        {
            yield return paragraph;
        }
    }
}

using DocumentFormat.OpenXml;
using Guangong.Documents.Official.Layout;

namespace Guangong.Documents.Official;

/// <summary>
/// Writes a volunteer service certificate on the official page (A4, 22 lines, 仿宋 3号, outside page
/// numbers), so it can be signed, stamped and handed over like any other document from the office.
/// </summary>
public static class CertificateDocumentWriter
{
    public const string Title = "志愿服务证明";

    public static void Write(CertificateDocument certificate, Stream output)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(output);
        Check(certificate);
        OfficialPackage.Write(output, Title, Content(certificate).ToList());
    }

    public static byte[] ToBytes(CertificateDocument certificate)
    {
        using var buffer = new MemoryStream();
        Write(certificate, buffer);
        return buffer.ToArray();
    }

    /// <summary>The attesting sentence, e.g. "兹证明张三同志于2023年1月1日至2023年12月31日期间，在…".</summary>
    public static string Statement(CertificateDocument certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var number = NumberNote(certificate.VolunteerNumber);
        // A part of none is not written out ("工作人员代为登记0小时"); a whole of one kind is said so. Hours the volunteer
        // registered without a check-in (an inspection's) are neither part, and the parts then do not add up to the whole.
        var total = certificate.TotalHours;
        var verified = certificate.VerifiedHours ?? 0;
        var onBehalf = certificate.OnBehalfHours ?? 0;
        var split = certificate.VerifiedHours is null || certificate.OnBehalfHours is null || total <= 0 ? string.Empty
            : verified == total ? "均为本人签到签退核实。"
            : onBehalf == total ? "均由工作人员代为登记。"
            : string.Join("，", new[]
            {
                verified > 0 ? $"本人签到签退核实{ActivityTable.Hours(verified)}小时" : null,
                onBehalf > 0 ? $"工作人员代为登记{ActivityTable.Hours(onBehalf)}小时" : null,
            }.OfType<string>()) is { Length: > 0 } parts ? $"其中{parts}。" : string.Empty;
        return $"兹证明{certificate.VolunteerName.Trim()}同志{number}于{ChineseDate.Format(certificate.PeriodStart)}至{ChineseDate.Format(certificate.PeriodEnd)}期间，" +
            $"在{certificate.IssuingUnit.Trim()}参加志愿服务，累计服务时长{ActivityTable.Hours(certificate.TotalHours)}小时。" + split +
            (certificate.Activities.Count > 0 ? "服务记录如下：" : string.Empty);
    }

    /// <summary>"（身份证号：110105********1234）" for an ID card number, "（志愿者编号：…）" otherwise; empty without one.</summary>
    internal static string NumberNote(string? number)
    {
        var text = (number ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }
        return IsIdCardNumber(text)
            ? $"（身份证号：{text[..6]}{new string('*', text.Length - 10)}{text[^4..]}）"
            : $"（志愿者编号：{text}）";
    }

    private static bool IsIdCardNumber(string text) =>
        (text.Length == 18 && text[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(text[17]) || text[17] is 'X' or 'x'))
        || (text.Length == 15 && text.All(char.IsAsciiDigit));

    private static IEnumerable<OpenXmlElement> Content(CertificateDocument certificate)
    {
        yield return OfficialParagraphs.RightAligned("编号：" + certificate.Number.Trim(), 0);
        yield return OfficialParagraphs.Blank();
        yield return OfficialParagraphs.Title(Title);
        yield return OfficialParagraphs.Blank();
        yield return OfficialParagraphs.Styled(OfficialStyleIds.Body, Statement(certificate));
        if (certificate.Activities.Count > 0)
        {
            yield return ActivityTable.Create(certificate.Activities, certificate.TotalHours);
        }
        yield return OfficialParagraphs.Styled(OfficialStyleIds.Body, "特此证明。");
        foreach (var paragraph in SignatureBlock.Sealed(certificate.IssuerSignature, certificate.Date))
        {
            yield return paragraph;
        }
    }

    private static void Check(CertificateDocument certificate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certificate.Number);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificate.VolunteerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificate.IssuingUnit);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificate.IssuerSignature);
        if (certificate.PeriodEnd < certificate.PeriodStart)
        {
            throw new ArgumentException("The service period ends before it starts.", nameof(certificate));
        }
        if (certificate.TotalHours < 0 || certificate.Activities.Any(a => a.Hours < 0))
        {
            throw new ArgumentException("Service hours cannot be negative.", nameof(certificate));
        }
        // The rest of the total, if any, was registered from a record (an inspection's typed hours): neither part.
        if (certificate.VerifiedHours is { } v && certificate.OnBehalfHours is { } o && (v < 0 || o < 0 || v + o > certificate.TotalHours))
        {
            throw new ArgumentException($"Verified {v} and on-behalf {o} hours are more than the {certificate.TotalHours} attested.", nameof(certificate));
        }
        if (certificate.Activities.Count > 0 && certificate.Activities.Sum(a => a.Hours) != certificate.TotalHours)
        {
            throw new ArgumentException(
                $"The activities add up to {certificate.Activities.Sum(a => a.Hours)} hours but the certificate attests {certificate.TotalHours}.",
                nameof(certificate));
        }
    }
}

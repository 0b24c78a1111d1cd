using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Documents;

/// <summary>
/// A document as it was issued: its number in the unit's register, its 成文日期 and signer, and the
/// exact file handed out, so a copy downloaded later is byte for byte the one that was sent.
/// Never changed: a correction is a new document with a new number.
/// </summary>
public class IssuedDocument : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    /// <summary>The issuing unit, whose counter the number comes from.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DocumentKind Kind { get; set; }

    /// <summary>The year of the number (〔2023〕), which is the year of the 成文日期.</summary>
    public int Year { get; set; }

    /// <summary>The running number in the year; null for a document issued without a number.</summary>
    public int? Sequence { get; set; }

    /// <summary>The number as printed, e.g. 乌召关发〔2023〕3号; empty when unnumbered.</summary>
    public string Number { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public DateOnly DocumentDate { get; set; }

    public string Signer { get; set; } = string.Empty;

    /// <summary>The plan the document was made from, when it was.</summary>
    public long? PlanId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    /// <summary>SHA-256 of <see cref="Content"/>, hex, so a copy in hand can be checked against the register.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>The form's one-time key: a form posted twice (a double click, a refresh) issues once.</summary>
    public string IssueKey { get; set; } = string.Empty;

    public string IssuedBy { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}

/// <summary>What kind of document was issued; the register and the file name say it in Chinese.</summary>
public enum DocumentKind
{
    /// <summary>印发计划的通知, with the plan on the following pages.</summary>
    [Display(Name = "印发计划的通知")] PlanNotice = 1,

    /// <summary>年度工作总结.</summary>
    [Display(Name = "工作总结")] Summary = 2,

    /// <summary>月度关工信息宣传工作情况通报 (the Publicity slice issues it and closes the month).</summary>
    [Display(Name = "宣传工作通报")] PublicityBulletin = 3,
}

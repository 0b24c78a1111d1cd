namespace Guangong.Documents.Official;

/// <summary>
/// Builds the notice that issues a plan (印发…的通知), the way towns send their annual plan down to
/// villages: a short notice signed by the issuing unit, then the plan itself on the next page.
/// </summary>
public static class CoverNotice
{
    /// <summary>"{unit}关于印发{plan}的通知".</summary>
    public static string TitleFor(string issuingUnit, string planTitle) =>
        $"{issuingUnit.Trim()}关于印发{Unquoted(planTitle)}的通知";

    /// <summary>The notice's one sentence, with the plan's title in 《》 (inner 《》 become 〈〉).</summary>
    public static string TextFor(string planTitle) =>
        $"现将《{Quotable(planTitle)}》印发给你们，请结合实际，认真贯彻落实。";

    /// <summary>
    /// Wraps the plan in a notice from <paramref name="issuingUnit"/>. The plan keeps its title, body,
    /// attachment note and attachments; the notice signs and dates it, so the plan's own signature is
    /// dropped. Head, number and record block are the notice's: set them on the result.
    /// </summary>
    public static OfficialDocument Issue(OfficialDocument plan, string issuingUnit, IReadOnlyList<string> recipients, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuingUnit);
        ArgumentNullException.ThrowIfNull(recipients);
        if (plan.Issued is not null)
        {
            throw new ArgumentException("The plan is itself a cover notice; a notice issues one plain text.", nameof(plan));
        }
        return new OfficialDocument
        {
            Title = TitleFor(issuingUnit, plan.Title),
            MainRecipients = recipients,
            Body = [new OfficialParagraph(TextFor(plan.Title))],
            IssuerSignature = issuingUnit.Trim(),
            Date = date,
            Issued = new IssuedText(plan.Title, plan.Body, plan.Attachments),
            Appendices = plan.Appendices,
            CopyTo = plan.CopyTo,
            PrintedBy = plan.PrintedBy,
            PrintedDate = plan.PrintedDate,
        };
    }

    private static string Unquoted(string title)
    {
        var trimmed = title.Trim();
        return trimmed.Length > 2 && trimmed[0] == '《' && trimmed[^1] == '》' && trimmed.IndexOf('《', 1) < 0
            ? trimmed[1..^1]
            : trimmed;
    }

    private static string Quotable(string title) => Unquoted(title).Replace('《', '〈').Replace('》', '〉');
}

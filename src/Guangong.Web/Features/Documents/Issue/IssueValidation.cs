using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Documents.Issue;

/// <summary>The checked values of an issue form.</summary>
public sealed record IssueCheck(IReadOnlyList<FieldError> Errors, string Format, DateOnly Date, string Signer, int? Sequence, DateOnly? PrintedDate);

/// <summary>
/// Checks an issue form field by field with Chinese messages beside each field: a date the document
/// cannot bear, a signer other than the unit whose head it carries, a number already given.
/// </summary>
public static class IssueValidation
{
    public static async Task<IssueCheck> CheckAsync(IssueInput input, DocumentKind kind, long unitId, int year, IssuingProfile? profile, DocumentRegister register, DateOnly today, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (await register.NotIssuerAsync(unitId, ct) is { } notIssuer)
        {
            return new IssueCheck([new FieldError(string.Empty, notIssuer)], IssueInput.PlainFormat, default, string.Empty, null, null);
        }

        if (string.IsNullOrWhiteSpace(input.IssueKey) || input.IssueKey.Length > 40)
        {
            errors.Add(new FieldError(string.Empty, "表单已过期，请刷新页面后重新提交。"));
        }
        var format = input.Format?.Trim() ?? string.Empty;
        if (!IssueInput.Formats.Contains(format))
        {
            errors.Add(new FieldError(nameof(IssueInput.Format), "请选择版式：文件、信函或无版头。"));
        }
        else if (format != IssueInput.PlainFormat && profile is null)
        {
            errors.Add(new FieldError(nameof(IssueInput.Format), "本单位还没有发文设置（发文机关标志和机关代字），请先到“发文登记 › 发文设置”填写，或选择“无版头”。"));
        }

        // A year's plan is often issued in the December before it (a 2027 工作意见 signed on 2026-12-20, numbered 〔2026〕).
        var earliest = kind == DocumentKind.PlanNotice ? year - 1 : year;
        if (IssuingRules.CheckDate(nameof(IssueInput.Date), input.Date, today, earliest, out var date) is { } dateError)
        {
            errors.Add(dateError);
        }

        var signer = input.Signer?.Trim() ?? string.Empty;
        if (signer.Length == 0)
        {
            errors.Add(new FieldError(nameof(IssueInput.Signer), "请填写署名（发文机关全称）。"));
        }
        else if (signer.Length > IssuingRules.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(IssueInput.Signer), $"署名不能超过{IssuingRules.NameMaxLength}个字。"));
        }
        else if (format is IssueInput.DocumentFormat or IssueInput.LetterFormat && profile is not null && signer != profile.SignatureName)
        {
            errors.Add(new FieldError(nameof(IssueInput.Signer), $"用本单位的版头发文，署名应是发文机关“{profile.SignatureName}”。"));
        }

        if (IssuingRules.CheckSequence(nameof(IssueInput.Sequence), input.Sequence, out var sequence) is { } sequenceError)
        {
            errors.Add(sequenceError);
        }
        else if (sequence is { } n && format == IssueInput.PlainFormat)
        {
            errors.Add(new FieldError(nameof(IssueInput.Sequence), "无版头的文件不编发文字号，请清空序号或选择“文件”“信函”版式。"));
        }
        else if (sequence is { } m && profile is not null && errors.All(e => e.Field != nameof(IssueInput.Date))
            && await register.SequenceTakenAsync(unitId, date.Year, m, ct))
        {
            var next = await register.NextSequenceAsync(unitId, date.Year, ct);
            errors.Add(new FieldError(nameof(IssueInput.Sequence),
                $"{IssuingRules.Format(profile.NumberPattern, date.Year, m)}已经发过，号不能重复使用；不填则自动取下一个号（{IssuingRules.Format(profile.NumberPattern, date.Year, next)}）。"));
        }

        DateOnly? printedDate = null;
        if (!string.IsNullOrWhiteSpace(input.PrintedDate))
        {
            if (IssuingRules.CheckDate(nameof(IssueInput.PrintedDate), input.PrintedDate, today, earliest, out var printed) is { } printedError)
            {
                errors.Add(printedError);
            }
            else if (errors.All(e => e.Field != nameof(IssueInput.Date)) && printed < date)
            {
                errors.Add(new FieldError(nameof(IssueInput.PrintedDate), "印发日期不能早于成文日期。"));
            }
            else
            {
                printedDate = printed;
            }
        }

        if ((input.CopyTo?.Length ?? 0) > 500)
        {
            errors.Add(new FieldError(nameof(IssueInput.CopyTo), "抄送机关不能超过500个字。"));
        }
        if ((input.PrintedBy?.Length ?? 0) > IssuingRules.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(IssueInput.PrintedBy), $"印发机关不能超过{IssuingRules.NameMaxLength}个字。"));
        }
        // What will be printed: "、" or "：" alone name no 主送机关.
        if (kind == DocumentKind.PlanNotice && IssuedContent.Names(input.Recipients?.Trim().TrimEnd('：', ':')).Count == 0)
        {
            // A notice that issues a plan goes to the units that carry it out; without them it would print with no 主送机关.
            errors.Add(new FieldError(nameof(IssueInput.Recipients), "请填写主送机关，如“各村（社区）、学校关工委”。"));
        }
        else if (kind == DocumentKind.PlanNotice && input.Recipients!.Length > 200)
        {
            errors.Add(new FieldError(nameof(IssueInput.Recipients), "主送机关不能超过200个字。"));
        }
        if (kind == DocumentKind.Summary)
        {
            errors.AddRange(CheckText(input));
        }

        // A draft is saved with its prompts (CheckText); the numbered document is not issued with them.
        if (input.Text is { } text && DraftPrompt.FirstIn(text) is { } prompt && !errors.Any(e => e.Field == nameof(IssueInput.Text)))
        {
            errors.Add(new FieldError(nameof(IssueInput.Text), $"正文中还有待填写的提示“{prompt}”，请写上内容或删去后再印发。"));
        }
        return new IssueCheck(errors, format, date, signer, sequence, printedDate);
    }

    /// <summary>The summary's title and text: present, and short enough to print.</summary>
    public static List<FieldError> CheckText(IssueInput input)
    {
        var errors = new List<FieldError>();
        var title = input.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add(new FieldError(nameof(IssueInput.Title), "请填写标题。"));
        }
        else if (title.Length > IssuingRules.TitleMaxLength)
        {
            errors.Add(new FieldError(nameof(IssueInput.Title), $"标题不能超过{IssuingRules.TitleMaxLength}个字。"));
        }
        var text = input.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(new FieldError(nameof(IssueInput.Text), "请填写正文。"));
        }
        else if (text.Length > IssuingRules.TextMaxLength)
        {
            errors.Add(new FieldError(nameof(IssueInput.Text), $"正文不能超过{IssuingRules.TextMaxLength}字。"));
        }
        return errors;
    }
}

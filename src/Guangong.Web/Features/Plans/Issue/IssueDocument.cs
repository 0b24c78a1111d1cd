using System.Security.Cryptography;
using Guangong.Documents.Official;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Documents;
using Guangong.Web.Features.Documents.Issue;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans.Issue;

/// <summary>
/// Issues a document made from a plan (the notice that issues it, the year-end summary): checks the
/// form, gives the next number of the unit's year (or the one typed, if free), writes the .docx once
/// and keeps it, so the register's copy is the file that was sent.
/// </summary>
public sealed class IssueDocument(GuangongDbContext db, PlanDocuments planDocuments, YearEndSummary summaries, DocumentRegister register, CurrentUser me, TimeProvider clock)
{
    public async Task<IssueForm?> PrepareAsync(long planId, DocumentKind kind, CancellationToken ct = default)
    {
        var loaded = await planDocuments.LoadAsync(planId, ct);
        if (loaded is not { } l)
        {
            return null;
        }
        var profile = await register.ProfileAsync(l.Plan.UnitId, ct);
        var today = ChinaTime.Today(clock);
        // The plan's own date for its notice; the year's last day for a summary (today, if that is still ahead).
        var yearEnd = new DateOnly(l.Plan.Year, 12, 31);
        var date = kind == DocumentKind.Summary ? (yearEnd > today ? today : yearEnd) : l.Plan.IssuedOn;
        var draft = kind == DocumentKind.Summary ? await db.DocumentDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.PlanId == planId && d.Kind == kind, ct) : null;
        var generated = kind == DocumentKind.Summary && draft is null ? await summaries.DraftAsync(planId, ct) : null;
        var defaults = new IssueInput
        {
            Title = draft?.Title ?? generated?.Title,
            Text = draft?.Text ?? generated?.Text,
            Date = DateText.Iso(date),
            Signer = profile?.SignatureName ?? l.UnitName,
            Format = profile is null ? IssueInput.PlainFormat : kind == DocumentKind.Summary ? IssueInput.PlainFormat : IssueInput.DocumentFormat,
            Recipients = kind == DocumentKind.PlanNotice ? string.Join("、", PlanDocuments.Notice(l.Plan, l.Document, l.UnitName, null).MainRecipients) : null,
            PrintedBy = profile?.PrintingOffice,
            PrintedDate = DateText.Iso(date),
            IssueKey = Guid.NewGuid().ToString("N"),
            DraftVersion = draft?.Version ?? 0,
        };
        var year = date?.Year ?? l.Plan.Year;
        var issued = (await register.ListAsync(l.Plan.UnitId, null, ct)).Where(r => r.Kind == kind).ToList();
        var forPlan = await IssuedForPlanAsync(planId, kind, ct);
        defaults.IssuedBefore = forPlan.Count;
        return new IssueForm(l.Plan, l.UnitName, kind, profile, await register.NextSequenceAsync(l.Plan.UnitId, year, ct), year, defaults, issued, forPlan,
            await register.NotIssuerAsync(l.Plan.UnitId, ct));
    }

    /// <summary>What the plan has had issued of this kind, newest first, as "郑关工发〔2023〕1号（2023年3月1日）".</summary>
    private async Task<List<string>> IssuedForPlanAsync(long planId, DocumentKind kind, CancellationToken ct)
    {
        var rows = await db.IssuedDocuments.AsNoTracking().Where(d => d.PlanId == planId && d.Kind == kind)
            .OrderByDescending(d => d.Id).Select(d => new { d.Number, d.DocumentDate }).ToListAsync(ct);
        return [.. rows.Select(d => $"{(d.Number.Length > 0 ? d.Number : "无文号")}（{ChinaTime.Date(d.DocumentDate)}）")];
    }

    public async Task<CommandResult<IssuedDocument>> IssueAsync(long planId, DocumentKind kind, IssueInput input, CancellationToken ct = default)
    {
        if (input.IssueKey is { Length: > 0 and <= 40 } key
            && await db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.IssueKey == key, ct) is { } already)
        {
            return CommandResult<IssuedDocument>.Ok(already);
        }
        var loaded = await planDocuments.LoadAsync(planId, ct);
        if (loaded is not { } l)
        {
            return CommandResult<IssuedDocument>.NotFound();
        }
        // Two tabs each took a number for one notice, and an issued number is never voided: a form shown before the
        // plan's last issue says so instead of issuing again.
        if (input.Action != "save" && await IssuedForPlanAsync(planId, kind, ct) is { } issuedNow && issuedNow.Count > input.IssuedBefore)
        {
            return CommandResult<IssuedDocument>.Invalid(string.Empty, $"这份文件刚刚已经印发：{issuedNow[0]}。如确需再次印发（更正重发），请重新打开本页后再提交。");
        }
        var profile = await register.ProfileAsync(l.Plan.UnitId, ct);
        var check = await IssueValidation.CheckAsync(input, kind, l.Plan.UnitId, l.Plan.Year, profile, register, ChinaTime.Today(clock), ct);
        if (check.Errors.Count > 0)
        {
            return CommandResult<IssuedDocument>.Invalid(check.Errors);
        }

        var numbered = check.Format != IssueInput.PlainFormat;
        for (var attempt = 0; ; attempt++)
        {
            var sequence = numbered ? check.Sequence ?? await register.NextSequenceAsync(l.Plan.UnitId, check.Date.Year, ct) : (int?)null;
            var number = sequence is { } n ? IssuingRules.Format(profile!.NumberPattern, check.Date.Year, n) : string.Empty;
            var document = Compose(kind, l.Plan, l.Document, input, check, profile, number);
            var content = OfficialDocumentWriter.ToBytes(document);
            var issued = new IssuedDocument
            {
                UnitId = l.Plan.UnitId,
                Kind = kind,
                Year = check.Date.Year,
                Sequence = sequence,
                Number = number,
                Title = document.Title,
                DocumentDate = check.Date,
                Signer = check.Signer,
                PlanId = planId,
                FileName = IssuedContent.FileName(number, document.Title),
                Content = content,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                IssueKey = input.IssueKey!,
                IssuedBy = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
            };
            db.IssuedDocuments.Add(issued);
            try
            {
                await db.SaveChangesAsync(ct);
                return CommandResult<IssuedDocument>.Ok(issued);
            }
            catch (DbUpdateException)
            {
                // Someone took the number (or posted this form) first: the unique indexes decide.
                db.ChangeTracker.Clear();
                if (await db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.IssueKey == issued.IssueKey, ct) is { } first)
                {
                    return CommandResult<IssuedDocument>.Ok(first);
                }
                if (check.Sequence is not null || attempt >= 3)
                {
                    return CommandResult<IssuedDocument>.Invalid(nameof(IssueInput.Sequence), $"{number}刚刚被占用，号不能重复使用；请换一个号，或不填以自动取下一个号。");
                }
            }
        }
    }

    /// <summary>Keeps the summary's working text with the plan, so it reopens where it was left.</summary>
    public async Task<CommandResult<DocumentDraft>> SaveDraftAsync(long planId, IssueInput input, CancellationToken ct = default)
    {
        var plan = await db.WorkPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult<DocumentDraft>.NotFound();
        }
        if (await register.NotIssuerAsync(plan.UnitId, ct) is { } notIssuer)
        {
            return CommandResult<DocumentDraft>.Invalid(string.Empty, notIssuer);
        }
        var errors = IssueValidation.CheckText(input);
        if (errors.Count > 0)
        {
            return CommandResult<DocumentDraft>.Invalid(errors);
        }
        var draft = await db.DocumentDrafts.SingleOrDefaultAsync(d => d.PlanId == planId && d.Kind == DocumentKind.Summary, ct);
        if (draft is null)
        {
            draft = new DocumentDraft { PlanId = planId, Kind = DocumentKind.Summary, UnitId = plan.UnitId };
            db.DocumentDrafts.Add(draft);
        }
        else if (draft.Version != input.DraftVersion)
        {
            return CommandResult<DocumentDraft>.Conflict(draft);
        }
        draft.Title = input.Title!.Trim();
        draft.Text = input.Text!.Trim();
        return await db.SaveOrConflictAsync(draft, draft.Id, ct);
    }

    private static OfficialDocument Compose(DocumentKind kind, WorkPlan plan, OfficialDocument planDocument, IssueInput input, IssueCheck check, IssuingProfile? profile, string number)
    {
        var document = kind == DocumentKind.Summary
            ? new OfficialDocument { Title = input.Title!.Trim(), Body = IssuedContent.Blocks(input.Text!), IssuerSignature = check.Signer, Date = check.Date }
            : PlanDocuments.Notice(plan, planDocument, check.Signer, check.Date) with { MainRecipients = IssuedContent.Names(input.Recipients).Count > 0 ? [input.Recipients!.Trim().TrimEnd('：', ':')] : [] };
        return document with
        {
            // A 信函 head carries the authority's name alone; "…文件" belongs to the 文件 format.
            IssuerMark = check.Format switch { IssueInput.PlainFormat => null, IssueInput.LetterFormat => profile!.SignatureName, _ => profile!.IssuerMark },
            Format = check.Format == IssueInput.LetterFormat ? OfficialFormat.Letter : OfficialFormat.Document,
            DocumentNumber = number.Length > 0 ? number : null,
            CopyTo = IssuedContent.Names(input.CopyTo),
            PrintedBy = string.IsNullOrWhiteSpace(input.PrintedBy) ? null : input.PrintedBy.Trim(),
            PrintedDate = check.PrintedDate,
        };
    }
}

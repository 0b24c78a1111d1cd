using System.Security.Cryptography;
using Guangong.Documents.Official;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Documents;
using Guangong.Web.Features.Documents.Issue;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed record BulletinRow(long ClosureId, int Year, int Month, long? DocumentId, string? Number, string? Title, DateOnly? DocumentDate);

/// <summary>What the 通报 form shows: the figures, the drafted text, the next number.</summary>
/// <param name="NotIssuer">Why this user may review the draft but not issue it in the unit's name (<see cref="DocumentRegister.NotIssuerAsync"/>).</param>
public sealed record BulletinForm(string UnitName, MonthReport Report, IReadOnlyList<Correction> Corrections, IssuingProfile? Profile, string? NextNumber, IssueInput Defaults, bool MonthEnded, BulletinDraft? Draft, string? NotIssuer = null);

/// <summary>
/// The monthly 通报: drafted from the month's figures, edited by the officer, issued through the
/// document register with the unit's 版头 and 发文字号. Issuing closes the month for the unit and
/// keeps the figures as printed, so the next 通报 can print what changed since as corrections.
/// </summary>
public sealed class PublicityBulletins(GuangongDbContext db, PublicityScores scores, PublicityMonths months, DocumentRegister register, BulletinDrafts drafts, CurrentUser me, TimeProvider clock)
{
    public async Task<IReadOnlyList<BulletinRow>> ListAsync(int year, CancellationToken ct = default) =>
        await db.PublicityMonthClosures.AsNoTracking().Where(c => c.Year == year && c.UnitPath == (db.Scope.Path ?? string.Empty)).OrderBy(c => c.Month)
            .Select(c => new BulletinRow(c.Id, c.Year, c.Month, c.IssuedDocumentId,
                db.IssuedDocuments.Where(d => d.Id == c.IssuedDocumentId).Select(d => d.Number).FirstOrDefault(),
                db.IssuedDocuments.Where(d => d.Id == c.IssuedDocumentId).Select(d => d.Title).FirstOrDefault(),
                db.IssuedDocuments.Where(d => d.Id == c.IssuedDocumentId).Select(d => (DateOnly?)d.DocumentDate).FirstOrDefault()))
            .ToListAsync(ct);

    public async Task<BulletinForm?> PrepareAsync(int year, int month, CancellationToken ct = default)
    {
        if (db.Scope.UnitId is not { } unitId || await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) is not { } unit)
        {
            return null;
        }

        var report = await months.MonthAsync(year, month, ct);
        var corrections = await CorrectionsAsync(year, month, ct);
        var profile = await register.ProfileAsync(unitId, ct);
        var next = profile is null ? null : IssuingRules.Format(profile.NumberPattern, year, await register.NextSequenceAsync(unitId, year, ct));
        var defaults = new IssueInput
        {
            Title = BulletinText.Title(year, month),
            Text = BulletinText.Body(unit.Name, report, corrections),
            Signer = profile?.SignatureName ?? unit.Name,
            Format = profile is null ? IssueInput.PlainFormat : IssueInput.DocumentFormat,
            Recipients = "各基层关工组织",
            PrintedBy = profile?.PrintingOffice,
            IssueKey = Guid.NewGuid().ToString("N"),
        };
        // Once drafted, the draft's words are the text; the figures' draft is only the first version.
        var draft = await drafts.FindAsync(year, month, ct);
        if (draft is not null)
        {
            (defaults.Title, defaults.Text, defaults.Recipients) = (draft.Title, draft.Text, draft.Recipients);
        }

        return new BulletinForm(unit.Name, report, corrections, profile, next, defaults, new DateOnly(year, month, 1).AddMonths(1) <= ChinaTime.Today(clock), draft,
            await register.NotIssuerAsync(unitId, ct));
    }

    public async Task<CommandResult<PublicityMonthClosure>> IssueAsync(int year, int month, IssueInput input, CancellationToken ct = default)
    {
        if (input.IssueKey is { Length: > 0 and <= 40 } key
            && await db.IssuedDocuments.AsNoTracking().Where(d => d.IssueKey == key).Select(d => (long?)d.Id).SingleOrDefaultAsync(ct) is { } issuedId)
        {
            return await db.PublicityMonthClosures.AsNoTracking().SingleOrDefaultAsync(c => c.IssuedDocumentId == issuedId, ct) is { } done
                ? CommandResult<PublicityMonthClosure>.Ok(done)
                : CommandResult<PublicityMonthClosure>.Invalid(string.Empty, "表单已过期，请刷新页面后重新提交。");
        }

        var form = await PrepareAsync(year, month, ct);
        if (form is null)
        {
            return CommandResult<PublicityMonthClosure>.Invalid(string.Empty, "请先在右上角选择发通报的单位。");
        }

        var unitId = db.Scope.UnitId!.Value;
        var errors = new List<FieldError>();

        // Only the approved text is issued: title, text and recipients come from the draft, whatever the form sent.
        var draft = await db.BulletinDrafts.SingleOrDefaultAsync(d => d.UnitId == unitId && d.Year == year && d.Month == month, ct);
        if (draft is null || draft.ApprovedByUserId is null)
        {
            errors.Add(new(string.Empty, draft is null
                ? $"{year}年{month}月的通报还没有起草和审核，不能印发：请先保存通报稿，由另一位干事或上级审核通过后再印发。"
                : $"{year}年{month}月的通报稿还没有审核通过，不能印发：请由另一位干事或上级审核。"));
        }
        else
        {
            (input.Title, input.Text, input.Recipients) = (draft.Title, draft.Text, draft.Recipients);
        }

        if (await db.PublicityMonthClosures.AnyAsync(c => c.UnitId == unitId && c.Year == year && c.Month == month, ct))
        {
            errors.Add(new(string.Empty, $"{year}年{month}月的通报已经印发，不能重复印发；此后的变化会作为更正写入下月通报。"));
        }

        if (!form.MonthEnded)
        {
            errors.Add(new(string.Empty, $"{year}年{month}月还没有结束，月度通报须在月末之后印发。"));
        }

        // The register's checks read only the year and unit of the document's plan; a bulletin has none of its own.
        var check = await IssueValidation.CheckAsync(input, DocumentKind.PublicityBulletin, unitId, year, form.Profile, register, ChinaTime.Today(clock), ct);
        errors.AddRange(check.Errors);
        if (draft?.ApprovedByUserId is not null)
        {
            errors.AddRange(IssueValidation.CheckText(input));
        }
        if (check.Errors.All(e => e.Field != nameof(IssueInput.Date)) && check.Date < new DateOnly(year, month, 1).AddMonths(1))
        {
            errors.Add(new(nameof(IssueInput.Date), $"成文日期应在{year}年{month}月结束之后。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<PublicityMonthClosure>.Invalid(errors);
        }

        var numbered = check.Format != IssueInput.PlainFormat;
        var sequence = numbered ? check.Sequence ?? await register.NextSequenceAsync(unitId, check.Date.Year, ct) : (int?)null;
        var number = sequence is { } n ? IssuingRules.Format(form.Profile!.NumberPattern, check.Date.Year, n) : string.Empty;
        var ranking = BulletinText.Ranking(form.Report);
        var document = new OfficialDocument
        {
            Title = input.Title!.Trim(),
            MainRecipients = IssuedContent.Names(input.Recipients).Count > 0 ? [input.Recipients!.Trim().TrimEnd('：', ':')] : [],
            Body = IssuedContent.Blocks(input.Text!),
            Attachments = ranking.Count > 0 ? [$"{year}年{month}月份通讯员积分排名"] : [],
            Appendices = ranking.Count > 0 ? [new OfficialAppendix($"{year}年{month}月份通讯员积分排名", [BulletinText.RankingTable(form.Report)])] : [],
            IssuerSignature = check.Signer,
            Date = check.Date,
            IssuerMark = check.Format switch { IssueInput.PlainFormat => null, IssueInput.LetterFormat => form.Profile!.SignatureName, _ => form.Profile!.IssuerMark },
            Format = check.Format == IssueInput.LetterFormat ? OfficialFormat.Letter : OfficialFormat.Document,
            DocumentNumber = number.Length > 0 ? number : null,
            CopyTo = IssuedContent.Names(input.CopyTo),
            PrintedBy = string.IsNullOrWhiteSpace(input.PrintedBy) ? null : input.PrintedBy.Trim(),
            // A printing office without a date left the 版记's date blank: the 通报 is printed on its own 成文日期 then.
            PrintedDate = check.PrintedDate ?? (string.IsNullOrWhiteSpace(input.PrintedBy) ? null : check.Date),
        };
        var content = OfficialDocumentWriter.ToBytes(document);
        var issued = new IssuedDocument
        {
            UnitId = unitId, Kind = DocumentKind.PublicityBulletin, Year = check.Date.Year, Sequence = sequence, Number = number, Title = document.Title,
            DocumentDate = check.Date, Signer = check.Signer, FileName = IssuedContent.FileName(number, document.Title), Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), IssueKey = input.IssueKey!, IssuedBy = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
        };
        var closure = new PublicityMonthClosure
        {
            UnitId = unitId, Year = year, Month = month, ClosedUtc = clock.GetUtcNow().UtcDateTime, ClosedByUserId = me.UserId,
            Snapshot = BulletinText.Snapshot((await MonthPointsAsync(year, ct)).Where(m => m.Key <= month).Select(m => (m.Key, (IReadOnlyDictionary<long, decimal>)m.Value))),
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.IssuedDocuments.Add(issued);
            await db.SaveChangesAsync(ct);
            closure.IssuedDocumentId = issued.Id;
            db.PublicityMonthClosures.Add(closure);
            draft!.IssuedDocumentId = issued.Id;
            draft.Steps.Add(drafts.Step(draft, BulletinAction.Issued, issued.Number.Length > 0 ? issued.Number : null));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return CommandResult<PublicityMonthClosure>.Ok(closure);
        }
        catch (DbUpdateException)
        {
            // Another officer issued this month, or took the number, a moment earlier: the unique indexes decide.
            db.ChangeTracker.Clear();
            return CommandResult<PublicityMonthClosure>.Invalid(string.Empty, "刚刚有人印发了该月通报或占用了这个文号，请刷新页面后查看。");
        }
    }

    /// <summary>Each earlier month's points as the latest 通报 that printed them, against the points now.</summary>
    public async Task<IReadOnlyList<Correction>> CorrectionsAsync(int year, int month, CancellationToken ct = default)
    {
        var path = db.Scope.Path ?? string.Empty;
        var printed = new Dictionary<int, Dictionary<long, decimal>>();
        foreach (var snapshot in await db.PublicityMonthClosures.AsNoTracking().Where(c => c.UnitPath == path && c.Year == year && c.Month < month).OrderBy(c => c.Month).Select(c => c.Snapshot).ToListAsync(ct))
        {
            foreach (var (m, points) in BulletinText.ReadSnapshot(snapshot))
            {
                printed[m] = points;
            }
        }

        if (printed.Count == 0)
        {
            // No 通报 of this unit earlier in the year: nothing printed to correct, and the year's credits need not be read.
            return [];
        }

        var now = await MonthPointsAsync(year, ct);
        var names = await db.Correspondents.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. printed.OrderBy(p => p.Key).SelectMany(p =>
        {
            var current = now.GetValueOrDefault(p.Key) ?? [];
            return p.Value.Keys.Union(current.Keys).Where(id => names.ContainsKey(id))
                .Select(id => new Correction(p.Key, names[id], p.Value.GetValueOrDefault(id), current.GetValueOrDefault(id)))
                .Where(c => c.Before != c.After);
        })];
    }

    private async Task<Dictionary<int, Dictionary<long, decimal>>> MonthPointsAsync(int year, CancellationToken ct)
    {
        var (rule, _) = await scores.RuleAsync(year, ct);
        return (await scores.CreditsAsync(rule, year, ct)).GroupBy(c => c.Month)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.CorrespondentId).ToDictionary(x => x.Key, x => x.Sum(c => c.Points)));
    }
}

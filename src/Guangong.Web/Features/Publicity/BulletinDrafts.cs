using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed class BulletinDraftInput
{
    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? Recipients { get; set; }

    public long Version { get; set; }
}

/// <summary>
/// The 通报's way before issue (edited, approved, issued): the officer drafts and edits; a second
/// person with the issuing role approves or returns it; only an approved text is issued. Editing an
/// approved text withdraws the approval, so what is issued is always what was approved.
/// </summary>
public sealed class BulletinDrafts(GuangongDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string SelfApprovalMessage = "起草或最后修改通报的人不能审核自己的稿子，请由本单位另一位干事或上级关工委审核。";

    public async Task<BulletinDraft?> FindAsync(int year, int month, CancellationToken ct = default)
    {
        var path = db.Scope.Path ?? string.Empty;
        return await db.BulletinDrafts.AsNoTracking().Include(d => d.Steps.OrderBy(s => s.Id))
            .SingleOrDefaultAsync(d => d.UnitPath == path && d.Year == year && d.Month == month, ct);
    }

    public async Task<CommandResult<BulletinDraft>> SaveAsync(int year, int month, BulletinDraftInput input, CancellationToken ct = default)
    {
        if (db.Scope.UnitId is not { } unitId || await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) is not { } unit)
        {
            return CommandResult<BulletinDraft>.Invalid(string.Empty, "请先在右上角选择发通报的单位。");
        }

        var errors = new List<FieldError>();
        var title = input.Title?.Trim() ?? string.Empty;
        var text = input.Text?.Trim() ?? string.Empty;
        if (title.Length is 0 or > 200)
        {
            errors.Add(new(nameof(input.Title), title.Length == 0 ? "请填写标题。" : "标题不能超过200个字。"));
        }

        if (text.Length is 0 or > 20000)
        {
            errors.Add(new(nameof(input.Text), text.Length == 0 ? "请填写正文。" : "正文不能超过20000个字。"));
        }

        if (await db.PublicityMonthClosures.AnyAsync(c => c.UnitId == unitId && c.Year == year && c.Month == month, ct))
        {
            errors.Add(new(string.Empty, $"{year}年{month}月的通报已经印发，不能再修改；此后的变化会作为更正写入下月通报。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<BulletinDraft>.Invalid(errors);
        }

        var draft = await db.BulletinDrafts.SingleOrDefaultAsync(d => d.UnitId == unitId && d.Year == year && d.Month == month, ct);
        if (draft is not null && draft.Version != input.Version)
        {
            return CommandResult<BulletinDraft>.Conflict(draft);
        }

        var recipients = string.IsNullOrWhiteSpace(input.Recipients) ? null : input.Recipients.Trim();
        if (draft is not null && draft.Title == title && draft.Text == text && draft.Recipients == recipients)
        {
            return CommandResult<BulletinDraft>.Ok(draft);
        }

        var action = draft is null ? BulletinAction.Drafted : BulletinAction.Edited;
        draft ??= db.BulletinDrafts.Add(new BulletinDraft { UnitId = unit.Id, UnitPath = unit.Path, Year = year, Month = month }).Entity;
        (draft.Title, draft.Text, draft.Recipients, draft.EditedByUserId) = (title, text, recipients, me.UserId);
        (draft.ApprovedByUserId, draft.ApprovedUtc) = (null, null);
        draft.Steps.Add(Step(draft, action, null));
        return await db.SaveOrConflictAsync(draft, draft.Id, ct);
    }

    /// <summary>审核: approve, or return with a comment. Never by the person who wrote the text as it stands.</summary>
    public async Task<CommandResult<BulletinDraft>> DecideAsync(int year, int month, bool approve, string? comment, long version, CancellationToken ct = default)
    {
        var path = db.Scope.Path ?? string.Empty;
        var draft = await db.BulletinDrafts.SingleOrDefaultAsync(d => d.UnitPath == path && d.Year == year && d.Month == month, ct);
        if (draft is null)
        {
            return CommandResult<BulletinDraft>.Invalid(string.Empty, $"{year}年{month}月的通报还没有起草，无从审核。");
        }

        if (draft.Version != version)
        {
            return CommandResult<BulletinDraft>.Conflict(draft);
        }

        var note = comment?.Trim();
        var error = draft.IssuedDocumentId is not null ? "该通报已经印发。"
            : draft.EditedByUserId == me.UserId ? SelfApprovalMessage
            : approve && draft.ApprovedByUserId is not null ? "该通报已经审核通过。"
            : !approve && string.IsNullOrEmpty(note) ? "退回修改时请写明意见。"
            : note is { Length: > 500 } ? "意见不能超过500个字。"
            : null;
        if (error is not null)
        {
            return CommandResult<BulletinDraft>.Invalid(approve ? string.Empty : "Comment", error);
        }

        draft.ApprovedByUserId = approve ? me.UserId : null;
        draft.ApprovedUtc = approve ? clock.GetUtcNow().UtcDateTime : null;
        draft.Steps.Add(Step(draft, approve ? BulletinAction.Approved : BulletinAction.Returned, string.IsNullOrEmpty(note) ? null : note));
        return await db.SaveOrConflictAsync(draft, draft.Id, ct);
    }

    internal BulletinStep Step(BulletinDraft draft, BulletinAction action, string? comment) => new()
    {
        Action = action, Comment = comment, UserId = me.UserId, UserName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
        AtUtc = clock.GetUtcNow().UtcDateTime, UnitId = draft.UnitId, UnitPath = draft.UnitPath,
    };
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Notices;

/// <summary>The receiving unit's side: a read receipt when a user opens the notice, and the unit's replies.</summary>
public sealed class NoticeReplies(GuangongDbContext db, NoticeFiles files, NoticeUploads picked, CurrentUser me, TimeProvider clock)
{
    /// <summary>The receiving row of the scope's own unit for a notice, or null when the notice is not addressed to it.</summary>
    public Task<NoticeRecipient?> OwnRowAsync(long noticeId, CancellationToken ct = default) =>
        db.Scope.UnitId is { } unitId
            ? db.NoticeRecipients.AsNoTracking().SingleOrDefaultAsync(r => r.NoticeId == noticeId && r.UnitId == unitId, ct)
            : Task.FromResult<NoticeRecipient?>(null);

    /// <summary>Records that the signed-in user has read it; the first read is kept, later ones change nothing.</summary>
    public async Task MarkReadAsync(NoticeRecipient row, CancellationToken ct = default)
    {
        if (me.UserId <= 0 || await db.NoticeReceipts.AnyAsync(r => r.RecipientId == row.Id && r.UserId == me.UserId, ct))
        {
            return;
        }

        db.NoticeReceipts.Add(new NoticeReceipt { RecipientId = row.Id, UnitId = row.UnitId, UserId = me.UserId, UserName = Who, ReadUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same user opened it twice at once: the unique index kept the first receipt.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<CommandResult<NoticeReply>> ReplyAsync(long noticeId, ReplyInput input, IReadOnlyList<NoticeFiles.Upload> uploads, CancellationToken ct = default)
    {
        var row = await OwnRowAsync(noticeId, ct);
        if (row is null)
        {
            return CommandResult<NoticeReply>.NotFound();
        }

        var text = (input.Text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return CommandResult<NoticeReply>.Invalid(nameof(input.Text), "请填写回复内容。");
        }

        if (text.Length > NoticeRules.ReplyMax)
        {
            return CommandResult<NoticeReply>.Invalid(nameof(input.Text), $"回复不能超过{NoticeRules.ReplyMax}字。");
        }

        var claimErrors = new List<FieldError>();
        var (claimed, all) = await picked.TakeAsync(uploads, input.Uploaded, claimErrors, ct);
        var (stored, errors) = claimErrors.Count == 0 ? await files.StoreAllAsync(all, ct) : ([], []);
        if (claimErrors.Count > 0 || errors.Count > 0)
        {
            return CommandResult<NoticeReply>.Invalid([.. claimErrors, .. errors.Select(e => new FieldError("Files", e))]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reply = new NoticeReply
        {
            RecipientId = row.Id,
            UnitId = row.UnitId,
            Text = text,
            IsLate = row.ReplyDeadline is { } deadline && ChinaTime.Today(clock) > deadline,
            UserId = me.UserId,
            UserName = Who,
            RepliedUtc = now,
            Files = [.. stored.Select(s => new NoticeFile { UnitId = row.UnitId, FileName = s.FileName, ContentType = s.ContentType, SizeBytes = s.SizeBytes, StorageKey = s.Key, CreatedUtc = now })],
        };
        db.NoticeReplies.Add(reply);
        picked.Release(claimed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.DeleteAll(stored);
            throw;
        }

        picked.Saved(claimed);

        return CommandResult<NoticeReply>.Ok(reply);
    }

    private string Who => me.DisplayName.Length > 0 ? me.DisplayName : me.UserName;
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Notices;

/// <summary>The sender's side: issue a notice to units below, and press 催办 for those that have not answered.</summary>
public sealed class NoticeCommands(GuangongDbContext db, NoticeRules rules, NoticeFiles files, NoticeUploads picked, CurrentUser me, TimeProvider clock)
{
    public async Task<CommandResult<Notice>> IssueAsync(NoticeInput input, IReadOnlyList<NoticeFiles.Upload> uploads, CancellationToken ct = default)
    {
        var (notice, units, errors) = await rules.CheckAsync(input, ct);
        if (notice is null)
        {
            return CommandResult<Notice>.Invalid(errors);
        }

        var claimErrors = new List<FieldError>();
        var (claimed, all) = await picked.TakeAsync(uploads, input.Uploaded, claimErrors, ct);
        var (stored, fileErrors) = claimErrors.Count == 0 ? await files.StoreAllAsync(all, ct) : ([], []);
        if (claimErrors.Count > 0 || fileErrors.Count > 0)
        {
            return CommandResult<Notice>.Invalid([.. claimErrors, .. fileErrors.Select(e => new FieldError("Files", e))]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        notice.IssuedUtc = now;
        notice.IssuedByUserId = me.UserId;
        notice.IssuedByName = Who;
        notice.Files.AddRange(stored.Select(s => File(s, notice.UnitId, now)));
        foreach (var (unitId, _) in units)
        {
            notice.Recipients.Add(new NoticeRecipient
            {
                UnitId = unitId,
                SenderName = notice.SenderName,
                Title = notice.Title,
                Body = notice.Body,
                ReplyRequired = notice.ReplyRequired,
                ReplyDeadline = notice.ReplyDeadline,
                IssuedUtc = now,
                Files = [.. stored.Select(s => File(s, unitId, now))],
            });
        }

        db.Notices.Add(notice);
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
        return CommandResult<Notice>.Ok(notice);
    }

    /// <summary>
    /// 催办: raises the notice again on the home page of every receiving unit that has not read it
    /// or, when a reply is required, not replied. Only the sending unit can remind.
    /// </summary>
    public async Task<CommandResult<int>> RemindAsync(long noticeId, CancellationToken ct = default)
    {
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || notice.UnitId != db.Scope.UnitId)
        {
            return CommandResult<int>.NotFound();
        }

        var pending = await db.NoticeRecipients
            .Where(r => r.NoticeId == noticeId && (!r.Receipts.Any() || (r.ReplyRequired && !r.Replies.Any())))
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            return CommandResult<int>.Invalid(string.Empty, "所有单位都已阅读并回复，无需催办。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        pending.ForEach(r => r.RemindedUtc = now);
        await db.SaveChangesAsync(ct);
        return CommandResult<int>.Ok(pending.Count);
    }

    private string Who => me.DisplayName.Length > 0 ? me.DisplayName : me.UserName.Length > 0 ? me.UserName : "系统";

    private static NoticeFile File(NoticeFiles.Stored s, long unitId, DateTime now) => new()
    {
        UnitId = unitId,
        FileName = s.FileName,
        ContentType = s.ContentType,
        SizeBytes = s.SizeBytes,
        StorageKey = s.Key,
        CreatedUtc = now,
    };
}

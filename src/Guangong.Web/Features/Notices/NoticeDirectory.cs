using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Notices;

/// <summary>
/// Notices as each side sees them, all through the scope filter: the receiving unit reads its own
/// rows (with the copied text); the sending unit reads its notices and the rows of the units below.
/// </summary>
public sealed class NoticeDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, CurrentUser me, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Notices addressed to the scope's own unit, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedRow>> ReceivedAsync(CancellationToken ct = default)
    {
        if (db.Scope.UnitId is not { } unitId)
        {
            return [];
        }

        var userId = me.UserId;
        var rows = await db.NoticeRecipients.AsNoTracking().Where(r => r.UnitId == unitId)
            .OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.NoticeId, r.Title, r.SenderName, r.IssuedUtc, r.ReplyRequired, r.ReplyDeadline, r.RemindedUtc,
                Read = r.Receipts.Any(x => x.UserId == userId),
                Replied = r.Replies.Any(),
                LateReply = r.Replies.Any(x => x.IsLate),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ReceivedRow(r.NoticeId, r.Title, r.SenderName, r.IssuedUtc, r.ReplyRequired, r.ReplyDeadline, r.Read, r.Replied, r.LateReply, r.RemindedUtc, Today))];
    }

    /// <summary>Notices the scope's own unit sent, newest first, with how many units have read and replied.</summary>
    public async Task<IReadOnlyList<SentRow>> SentAsync(CancellationToken ct = default)
    {
        if (db.Scope.UnitId is not { } unitId)
        {
            return [];
        }

        return await db.Notices.AsNoTracking().Where(n => n.UnitId == unitId)
            .OrderByDescending(n => n.IssuedUtc).ThenByDescending(n => n.Id)
            .Select(n => new SentRow(n.Id, n.Title, n.AudienceText, n.IssuedUtc, n.ReplyRequired, n.ReplyDeadline,
                n.Recipients.Count, n.Recipients.Count(r => r.Receipts.Any()), n.Recipients.Count(r => r.Replies.Any())))
            .ToListAsync(ct);
    }

    /// <summary>What the receiving unit sees: its copy, the attachments, its replies.</summary>
    public async Task<RecipientView?> ForRecipientAsync(long noticeId, CancellationToken ct = default)
    {
        if (db.Scope.UnitId is not { } unitId)
        {
            return null;
        }

        var row = await db.NoticeRecipients.AsNoTracking().AsSplitQuery()
            .Include(r => r.Files).Include(r => r.Replies).ThenInclude(x => x.Files)
            .SingleOrDefaultAsync(r => r.NoticeId == noticeId && r.UnitId == unitId, ct);
        return row is null ? null : new RecipientView(row, [.. row.Replies.OrderBy(x => x.RepliedUtc)], Today);
    }

    /// <summary>
    /// What the sender (or a unit above it) sees: the notice and, per receiving unit, who read it when
    /// and the replies. Null when the notice is unknown or outside the scope: the two look alike.
    /// </summary>
    public async Task<SenderView?> ForSenderAsync(long noticeId, CancellationToken ct = default)
    {
        var notice = await db.FindInScopeAsync<Notice>(noticeId, ct);
        if (notice is null)
        {
            return null;
        }

        var files = await db.NoticeFiles.AsNoTracking().Where(f => f.NoticeId == noticeId).OrderBy(f => f.Id).ToListAsync(ct);
        var rows = await db.NoticeRecipients.AsNoTracking().AsSplitQuery()
            .Include(r => r.Unit).Include(r => r.Receipts).Include(r => r.Replies).ThenInclude(x => x.Files)
            .Where(r => r.NoticeId == noticeId).OrderBy(r => r.Id).ToListAsync(ct);
        var named = await townNames.ForAsync(rows.Select(r => r.UnitPath), ct);
        var units = (await treeOrder.SortAsync(rows, r => r.UnitPath, ct)).Select(r => new RecipientStatus(r.Id, r.Unit is null ? string.Empty : named(r.UnitPath, r.Unit.Name),
            [.. r.Receipts.OrderBy(x => x.ReadUtc)], [.. r.Replies.OrderBy(x => x.RepliedUtc)], r.RemindedUtc, notice.ReplyRequired)).ToList();
        return new SenderView(notice, files, units, notice.UnitId == db.Scope.UnitId);
    }

    /// <summary>One attachment, through the scope filter: a file of another unit's notice is not found.</summary>
    public Task<NoticeFile?> FileAsync(long id, CancellationToken ct = default) => db.FindInScopeAsync<NoticeFile>(id, ct);

    /// <summary>The home page's to-do: notices the user has not read, replies the unit owes.</summary>
    public async Task<NoticeTodo> TodoAsync(CancellationToken ct = default)
    {
        var received = await ReceivedAsync(ct);
        var due = received.Where(r => r.ReplyOwed).ToList();
        return new NoticeTodo([.. received.Where(r => !r.ReadByMe)], due.Count, due.Count(r => r.State is ReplyState.DueSoon), due.Count(r => r.State is ReplyState.Overdue), due.Count(r => r.RemindedUtc is not null));
    }
}

public enum ReplyState
{
    None,
    Waiting,
    DueSoon,
    Overdue,
    Replied,
    RepliedLate,
}

public sealed record ReceivedRow(long NoticeId, string Title, string Sender, DateTime IssuedUtc, bool ReplyRequired, DateOnly? Deadline, bool ReadByMe, bool Replied, bool LateReply, DateTime? RemindedUtc, DateOnly Today)
{
    public bool ReplyOwed => ReplyRequired && !Replied;

    public ReplyState State => NoticeState.Of(ReplyRequired, Deadline, Replied, LateReply, Today);
}

public sealed record SentRow(long Id, string Title, string AudienceText, DateTime IssuedUtc, bool ReplyRequired, DateOnly? Deadline, int Recipients, int Read, int Replied);

public sealed record RecipientView(NoticeRecipient Row, IReadOnlyList<NoticeReply> Replies, DateOnly Today)
{
    public ReplyState State => NoticeState.Of(Row.ReplyRequired, Row.ReplyDeadline, Replies.Count > 0, Replies.Any(r => r.IsLate), Today);
}

public sealed record RecipientStatus(long RecipientId, string UnitName, IReadOnlyList<NoticeReceipt> Receipts, IReadOnlyList<NoticeReply> Replies, DateTime? RemindedUtc, bool ReplyRequired)
{
    public bool Read => Receipts.Count > 0;

    /// <summary>The unit has not read it, or owes a reply: the sender's list highlights it.</summary>
    public bool Pending => !Read || (ReplyRequired && Replies.Count == 0);
}

public sealed record SenderView(Notice Notice, IReadOnlyList<NoticeFile> Files, IReadOnlyList<RecipientStatus> Units, bool Own);

public sealed record NoticeTodo(IReadOnlyList<ReceivedRow> Unread, int RepliesDue, int DueSoon, int Overdue, int Reminded);

public static class NoticeState
{
    public static ReplyState Of(bool required, DateOnly? deadline, bool replied, bool late, DateOnly today) =>
        !required ? ReplyState.None
        : replied ? (late ? ReplyState.RepliedLate : ReplyState.Replied)
        : deadline is not { } d ? ReplyState.Waiting
        : today > d ? ReplyState.Overdue
        : d.DayNumber - today.DayNumber <= NoticeRules.DueSoonDays ? ReplyState.DueSoon
        : ReplyState.Waiting;

    public static string Text(ReplyState state) => state switch
    {
        ReplyState.Waiting => "待回复",
        ReplyState.DueSoon => "即将到期",
        ReplyState.Overdue => "已逾期",
        ReplyState.Replied => "已回复",
        ReplyState.RepliedLate => "已回复（逾期）",
        _ => "无需回复",
    };
}

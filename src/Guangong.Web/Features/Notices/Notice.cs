using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Notices;

/// <summary>Which units below the sender a notice goes to.</summary>
public enum NoticeAudience
{
    [Display(Name = "全部下级单位")] All = 1,
    [Display(Name = "直属下级单位")] Children = 2,
    [Display(Name = "按单位类型")] Kind = 3,
    [Display(Name = "指定单位")] Chosen = 4,
}

/// <summary>
/// A notice (通知公告) as the sending unit issued it. It is never edited after issue: what each
/// receiving unit reads is the copy on its <see cref="NoticeRecipient"/> row (see decision 0005).
/// </summary>
public class Notice : IUnitOwned
{
    public long Id { get; set; }

    /// <summary>The sending unit.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string SenderName { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Plain paragraphs separated by blank lines.</summary>
    public string Body { get; set; } = string.Empty;

    public bool ReplyRequired { get; set; }

    /// <summary>The China date by which a reply is due; replies after it are accepted and marked 逾期.</summary>
    public DateOnly? ReplyDeadline { get; set; }

    public NoticeAudience Audience { get; set; }

    /// <summary>The audience as the sender chose it, in words (全部下级单位, 学校 …).</summary>
    public string AudienceText { get; set; } = string.Empty;

    public long IssuedByUserId { get; set; }

    public string IssuedByName { get; set; } = string.Empty;

    public DateTime IssuedUtc { get; set; }

    public List<NoticeRecipient> Recipients { get; set; } = [];

    public List<NoticeFile> Files { get; set; } = [];
}

/// <summary>
/// One receiving unit of a notice, owned by that unit: it carries a copy of the notice's text, so
/// the recipient reads it inside its own scope; the sender, above, sees it inside theirs.
/// </summary>
public class NoticeRecipient : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long NoticeId { get; set; }

    /// <summary>The receiving unit.</summary>
    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string SenderName { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public bool ReplyRequired { get; set; }

    public DateOnly? ReplyDeadline { get; set; }

    public DateTime IssuedUtc { get; set; }

    /// <summary>When the sender last pressed 催办 for this unit.</summary>
    public DateTime? RemindedUtc { get; set; }

    public long Version { get; set; }

    public List<NoticeReceipt> Receipts { get; set; } = [];

    public List<NoticeReply> Replies { get; set; } = [];

    /// <summary>The recipient's copies of the notice's attachments.</summary>
    public List<NoticeFile> Files { get; set; } = [];
}

/// <summary>A user of the receiving unit opened the notice: one per user, the first read is kept.</summary>
public class NoticeReceipt : IUnitOwned, IAppendOnly, IWrittenByReaders
{
    public long Id { get; set; }

    public long RecipientId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public long UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTime ReadUtc { get; set; }
}

/// <summary>A receiving unit's reply (text and files); one after the deadline is kept and marked late.</summary>
public class NoticeReply : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public long RecipientId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public bool IsLate { get; set; }

    public long UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTime RepliedUtc { get; set; }

    public List<NoticeFile> Files { get; set; } = [];
}

/// <summary>
/// An attachment: of the notice (the sender's, no recipient), the recipient's copy of one (same
/// stored bytes), or of a reply. The bytes live in the data folder under <see cref="StorageKey"/>.
/// </summary>
public class NoticeFile : IUnitOwned
{
    public long Id { get; set; }

    public long? NoticeId { get; set; }

    public long? RecipientId { get; set; }

    public long? ReplyId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}

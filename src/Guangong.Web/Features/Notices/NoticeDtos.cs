namespace Guangong.Web.Features.Notices;

// The /api/v1/notices answers. Property names are the JSON names (camelCase on the wire).

/// <summary>GET /api/v1/notices: what the unit received and, for an issuing user, what it sent.</summary>
public sealed record NoticeListDto(IReadOnlyList<ReceivedNoticeDto> Received, IReadOnlyList<SentNoticeDto> Sent);

public sealed record ReceivedNoticeDto(long Id, string Title, string Sender, DateTime IssuedUtc, bool ReplyRequired, DateOnly? ReplyDeadline, bool Read, bool Replied, string State, DateTime? Reminded)
{
    public static ReceivedNoticeDto From(ReceivedRow r) =>
        new(r.NoticeId, r.Title, r.Sender, r.IssuedUtc, r.ReplyRequired, r.Deadline, r.ReadByMe, r.Replied, NoticeState.Text(r.State), r.RemindedUtc);
}

public sealed record SentNoticeDto(long Id, string Title, string Audience, DateTime IssuedUtc, bool ReplyRequired, DateOnly? ReplyDeadline, int Recipients, int Read, int Replied)
{
    public static SentNoticeDto From(SentRow r) => new(r.Id, r.Title, r.AudienceText, r.IssuedUtc, r.ReplyRequired, r.Deadline, r.Recipients, r.Read, r.Replied);
}

/// <summary>A notice just issued: its id, title and how many units it went to.</summary>
public sealed record IssuedNoticeDto(long Id, string Title, int Recipients)
{
    public static IssuedNoticeDto From(Notice n) => new(n.Id, n.Title, n.Recipients.Count);
}

/// <summary>A notice as a receiving unit reads it, with its own replies.</summary>
public sealed record ReceivedNoticeDetailDto(long Id, string Title, string Body, string Sender, DateTime IssuedUtc, bool ReplyRequired, DateOnly? ReplyDeadline,
    string State, IReadOnlyList<NoticeFileDto> Files, IReadOnlyList<NoticeReplyDto> Replies)
{
    public static ReceivedNoticeDetailDto From(RecipientView v) => new(v.Row.NoticeId, v.Row.Title, v.Row.Body, v.Row.SenderName, v.Row.IssuedUtc, v.Row.ReplyRequired, v.Row.ReplyDeadline,
        NoticeState.Text(v.State), [.. v.Row.Files.Select(NoticeFileDto.From)], [.. v.Replies.Select(NoticeReplyDto.From)]);
}

/// <summary>A notice as its sender reads it: how many units read and replied, and which did not.</summary>
public sealed record SentNoticeDetailDto(long Id, string Title, string Body, string Sender, string Audience, DateTime IssuedUtc, string IssuedBy, bool ReplyRequired, DateOnly? ReplyDeadline,
    IReadOnlyList<NoticeFileDto> Files, int Recipients, int Read, int Replied, IReadOnlyList<string> NotRead, IReadOnlyList<string> NotReplied)
{
    public static SentNoticeDetailDto From(SenderView v) => new(v.Notice.Id, v.Notice.Title, v.Notice.Body, v.Notice.SenderName, v.Notice.AudienceText, v.Notice.IssuedUtc, v.Notice.IssuedByName,
        v.Notice.ReplyRequired, v.Notice.ReplyDeadline, [.. v.Files.Select(NoticeFileDto.From)],
        v.Units.Count, v.Units.Count(u => u.Read), v.Units.Count(u => u.Replies.Count > 0),
        [.. v.Units.Where(u => !u.Read).Select(u => u.UnitName)],
        v.Notice.ReplyRequired ? [.. v.Units.Where(u => u.Replies.Count == 0).Select(u => u.UnitName)] : []);
}

/// <summary>One receiving unit's read receipts (who, when) and whether it replied.</summary>
public sealed record NoticeUnitReceiptsDto(string Unit, bool Read, bool Pending, IReadOnlyList<NoticeReceiptDto> Receipts, bool Replied, DateTime? RemindedUtc)
{
    public static NoticeUnitReceiptsDto From(RecipientStatus u) =>
        new(u.UnitName, u.Read, u.Pending, [.. u.Receipts.Select(r => new NoticeReceiptDto(r.UserName, r.ReadUtc))], u.Replies.Count > 0, u.RemindedUtc);
}

public sealed record NoticeReceiptDto(string User, DateTime ReadUtc);

/// <summary>One receiving unit's replies, as the sender sees them.</summary>
public sealed record NoticeUnitRepliesDto(string Unit, IReadOnlyList<NoticeReplyDto> Replies)
{
    public static NoticeUnitRepliesDto From(RecipientStatus u) => new(u.UnitName, [.. u.Replies.Select(NoticeReplyDto.From)]);
}

public sealed record NoticeReplyDto(long Id, string Text, bool Late, string By, DateTime RepliedUtc, IReadOnlyList<NoticeFileDto> Files)
{
    public static NoticeReplyDto From(NoticeReply r) => new(r.Id, r.Text, r.IsLate, r.UserName, r.RepliedUtc, [.. r.Files.Select(NoticeFileDto.From)]);
}

public sealed record NoticeFileDto(long Id, string FileName, string ContentType, long SizeBytes, string Url)
{
    public static NoticeFileDto From(NoticeFile f) => new(f.Id, f.FileName, f.ContentType, f.SizeBytes, $"/notices/files/{f.Id}");
}

/// <summary>How many units were reminded.</summary>
public sealed record NoticeRemindedDto(int Reminded);

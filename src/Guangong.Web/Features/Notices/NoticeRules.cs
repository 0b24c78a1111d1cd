using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Notices;

/// <summary>What a notice must be before it is issued, and which units it goes to.</summary>
public sealed class NoticeRules(GuangongDbContext db, TimeProvider clock)
{
    public const int TitleMax = 100;

    public const int BodyMax = 10000;

    public const int ReplyMax = 2000;

    /// <summary>A reply not given this many days before the deadline is shown as 即将到期.</summary>
    public const int DueSoonDays = 3;

    public const string OutsideSubtree = "所选单位中有不在本单位下级范围内的单位：通知只能发给本单位的下级单位。";

    /// <summary>The checked notice (not yet saved) and its receiving units, or the field errors.</summary>
    public async Task<(Notice? Notice, IReadOnlyList<(long Id, string Name)> Units, List<FieldError> Errors)> CheckAsync(NoticeInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (db.Scope.UnitId is not { } senderId || db.Scope.Path is not { } senderPath)
        {
            errors.Add(new FieldError(string.Empty, "请先在页头选择发出通知的单位。"));
            return (null, [], errors);
        }

        var title = (input.Title ?? string.Empty).Trim();
        if (title.Length == 0)
        {
            errors.Add(new FieldError(nameof(input.Title), "请填写通知标题。"));
        }
        else if (title.Length > TitleMax)
        {
            errors.Add(new FieldError(nameof(input.Title), $"标题不能超过{TitleMax}字。"));
        }

        var (body, _) = Infrastructure.Text.PastedText.Clean(input.Body);
        if (body.Length == 0)
        {
            errors.Add(new FieldError(nameof(input.Body), "请填写通知正文。"));
        }
        else if (body.Length > BodyMax)
        {
            errors.Add(new FieldError(nameof(input.Body), $"正文不能超过{BodyMax}字。"));
        }

        var today = ChinaTime.Today(clock);
        var deadline = DateField.Read(input.ReplyDeadline, DateKind.Deadline, today, nameof(input.ReplyDeadline), errors,
            input.RepliesWanted ? "要求回复的通知请填写回复期限。" : null);
        if (deadline is { } d && d < today)
        {
            errors.Add(new FieldError(nameof(input.ReplyDeadline), "回复期限不能早于今天。"));
        }

        var (audience, audienceText, units) = await RecipientsAsync(input, senderId, senderPath, errors, ct);
        if (errors.Count > 0)
        {
            return (null, [], errors);
        }

        var sender = await db.Units.AsNoTracking().Where(u => u.Id == senderId).Select(u => u.Name).SingleAsync(ct);
        var notice = new Notice
        {
            UnitId = senderId,
            SenderName = sender,
            Title = title,
            Body = body,
            ReplyRequired = input.RepliesWanted,
            ReplyDeadline = deadline,
            Audience = audience,
            AudienceText = audienceText,
        };
        return (notice, units, errors);
    }

    private async Task<(NoticeAudience, string, IReadOnlyList<(long Id, string Name)>)> RecipientsAsync(NoticeInput input, long senderId, string senderPath, List<FieldError> errors, CancellationToken ct)
    {
        // The scope filter already limits the units to the sender's subtree; the sender itself is left out.
        var below = db.Units.AsNoTracking().Where(u => u.IsActive && u.Id != senderId && u.Path.StartsWith(senderPath));
        var text = string.Empty;
        if (!Enum.TryParse<NoticeAudience>(input.Audience, out var audience) || !Enum.IsDefined(audience))
        {
            errors.Add(new FieldError(nameof(input.Audience), "请选择发送范围。"));
            return (default, text, []);
        }

        switch (audience)
        {
            case NoticeAudience.All:
                text = EnumText.Of(audience);
                break;
            case NoticeAudience.Children:
                below = below.Where(u => u.ParentId == senderId);
                text = EnumText.Of(audience);
                break;
            case NoticeAudience.Kind when Enum.TryParse<UnitKind>(input.Kind, out var kind) && Enum.IsDefined(kind):
                below = below.Where(u => u.Kind == kind);
                text = "下级" + EnumText.Of(kind);
                break;
            case NoticeAudience.Kind:
                errors.Add(new FieldError(nameof(input.Kind), "请选择单位类型。"));
                return (audience, text, []);
            case NoticeAudience.Chosen:
                var ids = input.ChosenIds();
                if (ids is null || ids.Count == 0)
                {
                    errors.Add(new FieldError(nameof(input.UnitIds), ids is null ? "所选单位有误，请重新勾选。" : "请至少勾选一个接收单位。"));
                    return (audience, text, []);
                }

                below = below.Where(u => ids.Contains(u.Id));
                if (await below.CountAsync(ct) != ids.Count)
                {
                    errors.Add(new FieldError(nameof(input.UnitIds), OutsideSubtree));
                    return (audience, text, []);
                }

                text = EnumText.Of(audience);
                break;
        }

        var units = (await below.OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        if (units.Count == 0)
        {
            errors.Add(new FieldError(nameof(input.Audience), "没有符合条件的下级单位。"));
        }

        return (audience, $"{text}（{units.Count}个）", units);
    }
}

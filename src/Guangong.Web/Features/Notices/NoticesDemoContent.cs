using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Notices;

/// <summary>
/// 郑陆 has sent two notices to its villages and schools (the year-end summary, replies required
/// and past due: some read, a few replied, one late; the summer safety notice, read by some), the
/// district one to its towns due in two days, and 乌审旗 one to 乌审召 that its people have not read.
/// </summary>
public sealed class NoticesDemoContent(GuangongDbContext db, TimeProvider clock) : IDemoContent
{
    public int Order => 90;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        string[] villagesAndSchools = ["焦溪村关工委", "舜山村关工委", "查家村关工委", "三河口村关工委", "郑陆社区关工委", "郑陆实验学校关工委", "焦溪小学关工委", "郑陆初级中学关工委"];

        var summary = Notice(units, "郑陆镇关工委", "关于报送2025年度关心下一代工作总结的通知", true, today.AddDays(-3), now.AddDays(-18), villagesAndSchools,
            "各村（社区）关工委、各学校关工委：",
            "为做好全镇关心下一代工作年度总结和考核，请各单位对照年初工作计划，认真总结本年度开展的主要活动、五老队伍建设、校外教育辅导站和关爱工作情况，查找不足，提出明年打算。",
            "请于回复期限前在平台上回复本通知，上传年度工作总结（docx或pdf，3000字以内）和有关照片。",
            "联系人：镇关工委办公室，电话 0519-88730123。");
        var summer = Notice(units, "郑陆镇关工委", "关于做好寒假期间青少年安全教育工作的通知", false, null, now.AddDays(-6), villagesAndSchools,
            "各村（社区）关工委、各学校关工委：",
            "寒假将至，请各单位组织五老志愿者配合学校和家长，做好防溺水、防火、交通安全和网络安全教育，关注留守儿童和困境儿童，发现问题及时报告镇关工委。");
        var district = Notice(units, "天宁区关工委", "关于开展2025年度关工委工作统计的通知", true, today.AddDays(2), now.AddDays(-5), ["郑陆镇关工委"],
            "各镇（街道）关工委：",
            "请按照区关工委统一部署，汇总本镇（街道）关工委组织建设、五老队伍、活动开展和经费使用等情况，填写年度统计报表，在回复期限前回复并上传报表。");
        var banner = Notice(units, "乌审旗关工委", "关于组织五老志愿者参加冬季巡查的通知", false, null, now.AddDays(-2), ["乌审召镇关工委"],
            "各苏木镇关工委：",
            "请组织五老志愿者在冬季做好冰面巡查和网吧义务监督，巡查时注意保暖和自身安全。");
        db.Notices.AddRange(summary, summer, district, banner);
        await db.SaveChangesAsync(ct);

        var rows = await db.NoticeRecipients.Include(r => r.Unit).Where(r => r.NoticeId == summary.Id || r.NoticeId == summer.Id).ToListAsync(ct);
        NoticeRecipient Row(Notice n, string unit) => rows.Single(r => r.NoticeId == n.Id && r.Unit!.Name == unit);
        foreach (var (unit, daysAgo) in new[] { ("舜山村关工委", 16), ("查家村关工委", 15), ("郑陆实验学校关工委", 17), ("焦溪小学关工委", 12), ("郑陆社区关工委", 10) })
        {
            Read(Row(summary, unit), now.AddDays(-daysAgo));
        }

        Reply(Row(summary, "郑陆实验学校关工委"), now.AddDays(-9), false, "我校2025年度关心下一代工作总结已上传，请审阅。全年开展“五老进校园”活动12次，覆盖学生1800余人次。");
        Reply(Row(summary, "查家村关工委"), now.AddDays(-5), false, "查家村关工委年度工作总结见附件说明：组织五老开展暑期防溺水巡查40余次，结对帮扶留守儿童8名。");
        Reply(Row(summary, "舜山村关工委"), now.AddDays(-1), true, "因村两委换届，总结报送晚了，敬请谅解。舜山村年度总结：校外辅导站开展读书分享活动10次。");
        foreach (var unit in new[] { "郑陆实验学校关工委", "舜山村关工委", "郑陆初级中学关工委" })
        {
            Read(Row(summer, unit), now.AddDays(-4));
        }

        await db.SaveChangesAsync(ct);
    }

    private static Notice Notice(DemoUnitIds units, string sender, string title, bool reply, DateOnly? deadline, DateTime issued, string[] to, params string[] paragraphs)
    {
        var body = string.Join("\n\n", paragraphs);
        var notice = new Notice
        {
            UnitId = units[sender],
            SenderName = sender,
            Title = title,
            Body = body,
            ReplyRequired = reply,
            ReplyDeadline = deadline,
            Audience = NoticeAudience.Chosen,
            AudienceText = $"指定单位（{to.Length}个）",
            IssuedByName = sender + "干事",
            IssuedUtc = issued,
        };
        notice.Recipients.AddRange(to.Select(u => new NoticeRecipient
        {
            UnitId = units[u], SenderName = sender, Title = title, Body = body, ReplyRequired = reply, ReplyDeadline = deadline, IssuedUtc = issued,
        }));
        return notice;
    }

    private void Read(NoticeRecipient row, DateTime at) =>
        db.NoticeReceipts.Add(new NoticeReceipt { RecipientId = row.Id, UnitId = row.UnitId, UserId = 0, UserName = UnitNames.Place(row.Unit!.Name) + "联络员", ReadUtc = at });

    private void Reply(NoticeRecipient row, DateTime at, bool late, string text) =>
        db.NoticeReplies.Add(new NoticeReply { RecipientId = row.Id, UnitId = row.UnitId, Text = text, IsLate = late, UserId = 0, UserName = UnitNames.Place(row.Unit!.Name) + "联络员", RepliedUtc = at });
}

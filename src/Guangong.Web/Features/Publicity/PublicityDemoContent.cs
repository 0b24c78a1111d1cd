using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// 乌审召's publicity in 2023 (乌审召 四: 通讯员网格化、量化考核、月统计和通报): the outlets from the town's
/// own 公众号 to a national paper, the rule table, articles of its four correspondents from March to
/// June at several levels, and the March and April 通报 issued through the register (unnumbered);
/// an April adoption at a higher level moves a March article's points, so April's 通报 prints a correction.
/// </summary>
public sealed class PublicityDemoContent(GuangongDbContext db, IServiceProvider services) : IDemoContent
{
    public int Order => 60;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var town = await db.Units.AsNoTracking().SingleAsync(u => u.Id == units["乌审召镇关工委"], ct);
        var officer = await db.Users.Where(u => u.UserName == "wushenzhao").Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        var reporters = await db.Correspondents.AsNoTracking().Where(c => c.UnitPath.StartsWith(town.Path)).ToDictionaryAsync(c => c.Name, ct);
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);

        Outlet Outlet(string name, OutletLevel level, OutletKind kind)
        {
            var o = new Outlet { Name = name, Level = level, Kind = kind, UnitId = town.Id, UnitPath = town.Path };
            db.Outlets.Add(o);
            return o;
        }

        var wechat = Outlet("乌审召镇微信公众号", OutletLevel.Town, OutletKind.WeChat);
        var banner = Outlet("乌审旗融媒体中心", OutletLevel.District, OutletKind.Website);
        var daily = Outlet("鄂尔多斯日报", OutletLevel.City, OutletKind.Newspaper);
        var province = Outlet("内蒙古关心下一代网", OutletLevel.Province, OutletKind.Website);
        var national = Outlet("中国火炬", OutletLevel.National, OutletKind.Internal);
        Outlet("乌审旗电视台", OutletLevel.District, OutletKind.Television);
        db.ScoringRules.Add(new ScoringRule { Year = 2023, UnitId = town.Id, UnitPath = town.Path });
        await db.SaveChangesAsync(ct);

        void Add(string author, string? coAuthor, string title, ArticleKind kind, DateOnly written, string body, params (Outlet Outlet, int Days, string Where)[] used)
        {
            var unitId = reporters[author].UnitId;
            var a = new Article
            {
                Title = title, Kind = kind, Body = body, WrittenOn = written, UnitId = unitId, UnitPath = paths[unitId],
                CreatedByUserId = officer.Id, CreatedUtc = Utc(written, 9), Status = used.Length > 0 ? ArticleStatus.Adopted : ArticleStatus.Reviewed,
                IsPublic = used.Length > 0,
            };
            a.Authors.Add(new ArticleAuthor { CorrespondentId = reporters[author].Id, Position = 0, UnitId = unitId, UnitPath = a.UnitPath });
            if (coAuthor is not null)
            {
                a.Authors.Add(new ArticleAuthor { CorrespondentId = reporters[coAuthor].Id, Position = 1, UnitId = unitId, UnitPath = a.UnitPath });
            }

            void Step(ArticleAction action, DateOnly day, int hour, string? comment = null) => a.Steps.Add(new ArticleStep
            {
                Action = action, Comment = comment, UserId = officer.Id, UserName = action is ArticleAction.Approved or ArticleAction.Returned ? officer.DisplayName : author,
                AtUtc = Utc(day, hour), UnitId = unitId, UnitPath = a.UnitPath,
            });
            Step(ArticleAction.Created, written, 9);
            Step(ArticleAction.Submitted, written, 10);
            Step(ArticleAction.Approved, written.AddDays(1), 11, "同意报送");
            foreach (var (outlet, days, where) in used)
            {
                var date = written.AddDays(days);
                var web = outlet.Kind is OutletKind.Website or OutletKind.WeChat;
                a.Adoptions.Add(new Adoption { Outlet = outlet, Date = date, Link = web ? where : null, PageIssue = web ? null : where, RecordedByUserId = officer.Id, CreatedUtc = Utc(date, 15), UnitId = unitId, UnitPath = a.UnitPath });
                Step(ArticleAction.Adopted, date, 15, $"{outlet.Name}");
            }

            db.Articles.Add(a);
        }

        Add("其其格", null, "乌审召镇关工委召开2023年工作部署会", ArticleKind.Brief, new(2023, 3, 8),
            "3月7日，乌审召镇关工委召开2023年工作部署会，传达旗关工委全委会精神，部署全年“五老”宣讲、关爱帮扶和阵地建设工作。\n\n会议要求各嘎查、学校关工组织落实通讯员网格化制度，每月按时报送宣传稿件。",
            (wechat, 1, "https://mp.weixin.qq.com/s/wsz-20230309"), (banner, 2, "https://www.wsq.gov.cn/news/2023-03-10-wsz"));
        Add("乌日娜", "其其格", "乌审召嘎查“五老”讲红色故事进校园", ArticleKind.Feature, new(2023, 3, 20),
            "3月中旬，乌审召嘎查关工委组织三位“五老”走进乌审召小学，为四年级学生讲述草原上的红色故事。\n\n老党员郝和平结合亲身经历，讲述了当年治沙造林的艰辛，同学们听得十分认真。",
            (banner, 3, "https://www.wsq.gov.cn/news/2023-03-23-wulao"), (daily, 10, "2023年3月30日第6版"));
        Add("王晓燕", null, "乌审召小学开展防溺水安全教育", ArticleKind.Photo, new(2023, 4, 12),
            "4月12日，乌审召小学联合镇关工委开展防溺水安全教育，派出所民警为学生演示了落水自救方法。",
            (wechat, 0, "https://mp.weixin.qq.com/s/wsz-20230412"));
        Add("苏日娜", null, "查汗庙嘎查关工委走访慰问留守儿童", ArticleKind.Brief, new(2023, 4, 18),
            "4月18日，查汗庙嘎查关工委“五老”志愿者走访慰问辖区留守儿童，送去学习用品，了解他们的学习和生活情况。",
            (wechat, 1, "https://mp.weixin.qq.com/s/wsz-20230419"), (province, 12, "https://www.nmggxw.org.cn/2023/05/01/chm"));
        Add("其其格", "王晓燕", "“老少同行”读书分享会在乌审召镇举行", ArticleKind.Feature, new(2023, 5, 9),
            "5月9日，乌审召镇关工委在新时代文明实践所举办“老少同行”读书分享会，十余位“五老”与学生共读红色经典。\n\n活动中，老人们分享了读书心得，孩子们朗诵了自己喜爱的篇章。",
            (banner, 2, "https://www.wsq.gov.cn/news/2023-05-11-read"), (national, 40, "《中国火炬》2023年第6期"));
        Add("乌日娜", null, "乌审召嘎查开展法治宣传进牧户活动", ArticleKind.Brief, new(2023, 5, 24),
            "5月24日，乌审召嘎查关工委联合司法所走进牧户，向家长和孩子宣讲未成年人保护法。",
            (wechat, 1, "https://mp.weixin.qq.com/s/wsz-20230525"));
        Add("王晓燕", null, "乌审召小学“六一”文艺汇演", ArticleKind.Video, new(2023, 6, 1),
            "6月1日，乌审召小学举行庆“六一”文艺汇演，镇关工委“五老”代表到场为孩子们送上节日祝福。",
            (banner, 1, "https://www.wsq.gov.cn/video/2023-06-02-61"));
        Add("苏日娜", null, "查汗庙嘎查暑期“五老”护学岗启动", ArticleKind.Brief, new(2023, 6, 28),
            "6月28日，查汗庙嘎查暑期“五老”护学岗启动，六位“五老”志愿者轮流在河道、水塘边巡查。");
        await db.SaveChangesAsync(ct);

        await IssueAsync(town, officer.Id, officer.DisplayName, 3, new DateOnly(2023, 4, 6), ct);

        // Adopted by the province after March's 通报: counted once at its highest level, its points move to April.
        var article = await db.Articles.SingleAsync(a => a.Title == "乌审召嘎查“五老”讲红色故事进校园", ct);
        db.Adoptions.Add(new Adoption { ArticleId = article.Id, OutletId = province.Id, Date = new DateOnly(2023, 4, 20), Link = "https://www.nmggxw.org.cn/2023/04/20/wsz", RecordedByUserId = officer.Id, CreatedUtc = Utc(new DateOnly(2023, 4, 20), 16), UnitId = article.UnitId, UnitPath = article.UnitPath });
        await db.SaveChangesAsync(ct);
        await IssueAsync(town, officer.Id, officer.DisplayName, 4, new DateOnly(2023, 5, 8), ct);

        // 严格兑现奖惩: the half-year's first and a correspondent who kept missing the quota.
        PublicityAward Award(AwardKind kind, string name, string reason, string form) => new()
        {
            UnitId = town.Id, UnitPath = town.Path, Year = 2023, Kind = kind, TargetCorrespondentId = reporters[name].Id, TargetName = name, Reason = reason, Form = form,
            DecidedOn = new DateOnly(2023, 7, 10), DecidedBy = "镇关工委主任办公会", RecordedByUserId = officer.Id, CreatedUtc = Utc(new DateOnly(2023, 7, 10), 16),
        };
        db.PublicityAwards.AddRange(
            Award(AwardKind.Reward, "其其格", "上半年积分全镇第一，稿件被省级媒体采用", "通报表扬，奖励300元"),
            Award(AwardKind.Penalty, "苏日娜", "连续两个月未完成报送任务", "约谈提醒"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Issues a month's 通报 as the town would: the officer saves the draft, a second person approves
    /// it (the demo has one officer per town, so the platform's administrator, acting for the town,
    /// stands in for the 镇关工委 leader), and the officer issues it, each through the one command.
    /// </summary>
    private async Task IssueAsync(Organization.Unit town, long officerId, string officerName, int month, DateOnly date, CancellationToken ct)
    {
        var admin = await db.Users.AsNoTracking().Where(u => u.UserName == "admin").Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        await using (var approver = DemoActor.Acting(services, town, admin.Id, "admin", admin.DisplayName, Accounts.RoleNames.Administrator))
        {
            await using var drafter = DemoActor.Acting(services, town, officerId, "wushenzhao", officerName, Accounts.RoleNames.Officer);
            var defaults = (await drafter.ServiceProvider.GetRequiredService<PublicityBulletins>().PrepareAsync(2023, month, ct))!.Defaults;
            var saved = await drafter.ServiceProvider.GetRequiredService<BulletinDrafts>().SaveAsync(2023, month, new BulletinDraftInput { Title = defaults.Title, Text = defaults.Text, Recipients = defaults.Recipients }, ct);
            var approved = await approver.ServiceProvider.GetRequiredService<BulletinDrafts>().DecideAsync(2023, month, approve: true, null, saved.Value?.Version ?? -1, ct);
            if (!approved.Succeeded)
            {
                throw new InvalidOperationException("Demo 通报 not approved: " + string.Join(" ", saved.Errors.Concat(approved.Errors).Select(e => e.Message)));
            }
        }

        await using var scope = DemoActor.Acting(services, town, officerId, "wushenzhao", officerName, Accounts.RoleNames.Officer);
        var bulletins = scope.ServiceProvider.GetRequiredService<PublicityBulletins>();
        var input = (await bulletins.PrepareAsync(2023, month, ct))!.Defaults;
        input.Date = Infrastructure.Time.DateText.Iso(date);

        // Unnumbered (无版头): the town's 2023 numbers stay free for the plan notice the Documents demo and tests issue as 1号.
        input.Format = Documents.Issue.IssueInput.PlainFormat;
        var result = await bulletins.IssueAsync(2023, month, input, ct);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo 通报 not issued: " + string.Join(" ", result.Errors.Select(e => e.Message)));
        }
    }

    private static DateTime Utc(DateOnly day, int chinaHour) => day.ToDateTime(new TimeOnly(chinaHour, 0), DateTimeKind.Utc).AddHours(-8);
}

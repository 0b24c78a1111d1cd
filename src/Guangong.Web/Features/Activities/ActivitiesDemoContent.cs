using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// The activities both seed plans promise, as the towns would have recorded them in 2023, plus a
/// few this year so that the coverage matrix and the calendar have something to show.
/// </summary>
public sealed class ActivitiesDemoContent(GuangongDbContext db, TimeProvider clock) : IDemoContent
{
    public int Order => 20;

    /// <summary>法治教育: which of the 四进 the legal-education activities served and the laws taught.</summary>
    private static readonly Dictionary<string, (FourIn, string)> LegalDemo = new()
    {
        ["普法进校园：未成年人保护法宣讲"] = (FourIn.School, "未成年人保护法、预防未成年人犯罪法"),
        ["法治教育进社区：模拟法庭"] = (FourIn.Community | FourIn.School, "预防未成年人犯罪法"),
        ["普法进社区：防范电信诈骗"] = (FourIn.Community, "反电信网络诈骗法"),
        ["法治教育进校园：预防未成年人犯罪法专题课"] = (FourIn.School, "未成年人保护法、预防未成年人犯罪法"),
        ["普法进企业：青年职工法律讲座"] = (FourIn.Enterprise, "民法典、其他"),
        ["法治教育进村：家庭教育促进法进万家"] = (FourIn.Village, "家庭教育促进法、反家庭暴力法"),
    };

    private sealed record Demo(string Unit, string Title, string Category, string? Theme, DateOnly Date, string Place, string? Partners, int Youth, string Groups, (string Name, decimal Hours)[] Served);

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var thisYear = new DateOnly(today.Year, 1, 1);
        Demo[] activities =
        [
            new("乌审召镇关工委", "普法进校园：未成年人保护法宣讲", "法治教育", "关爱明天，普法先行", new DateOnly(2023, 5, 16), "乌审召小学", "派出所、司法所、中心校", 260, "小学生", [("乌云毕力格", 2), ("巴图孟和", 2), ("郝和平", 2)]),
            new("乌审召镇关工委", "暑期防溺水宣讲会", "防溺水", null, new DateOnly(2023, 7, 5), "乌审召镇文化站", "派出所", 120, "小学生、中学生、留守儿童", [("王志强", 2), ("张秀英", 1.5m)]),
            new("乌审召嘎查关工委", "淖尔边防溺水巡逻", "防溺水", null, new DateOnly(2023, 7, 22), "乌审召嘎查淖尔", null, 0, "", [("王志强", 4)]),
            new("查汗淖学校", "弘扬优良家风：家长学校第一课", "家风家教", "弘扬优良家风", new DateOnly(2023, 9, 15), "查汗淖学校", "妇联", 85, "小学生", [("刘桂兰", 2)]),
            new("查汗庙嘎查关工委", "牧区大寨精神进课堂", "红色教育", "老少心向党、奋斗新征程", new DateOnly(2023, 6, 28), "牧区大寨生态教育基地", "新时代文明实践所", 60, "中学生", [("敖其尔", 3)]),
            new("郑陆镇关工委", "清明祭奠革命先烈、寻访红色遗址", "红色教育", "老少心向党、奋斗新征程", new DateOnly(2023, 4, 4), "焦溪烈士陵园", "团委", 150, "中学生", [("陈建国", 3), ("钱福生", 3)]),
            new("郑陆实验学校关工委", "爷爷奶奶一堂课：我的入党故事", "爷爷奶奶一堂课", "爷爷奶奶一堂课", new DateOnly(2023, 5, 10), "郑陆实验学校", null, 45, "小学生", [("周美华", 1.5m)]),
            new("焦溪村关工委", "“五个一”读书分享会", "五个一", "文化塑造未来", new DateOnly(2023, 8, 12), "焦溪村新时代文明实践站", null, 30, "小学生、留守儿童", [("钱福生", 2)]),
            new("郑陆法庭关爱工作站", "法治教育进社区：模拟法庭", "法治教育", "关爱明天，普法先行", new DateOnly(2023, 11, 8), "郑陆社区", "司法所、派出所", 70, "中学生", [("郑德明", 2.5m)]),
            new("乌审召镇关工委", "关工委年度工作部署会", "主题教育", null, thisYear.AddDays(40) < today ? thisYear.AddDays(40) : today, "乌审召镇政府", null, 0, "", [("巴图孟和", 2), ("郝和平", 2)]),
            new("乌审召社区关工委", "普法进社区：防范电信诈骗", "法治教育", "关爱明天，普法先行", thisYear.AddDays(60) < today ? thisYear.AddDays(60) : today, "乌审召社区活动室", "派出所", 40, "中学生、青年职工", [("张秀英", 2)]),
            new("郑陆初级中学关工委", "法治教育进校园：预防未成年人犯罪法专题课", "法治教育", "关爱明天，普法先行", new DateOnly(2023, 3, 22), "郑陆初级中学", "郑陆派出所、司法所", 320, "中学生", []),
            new("常州郑陆机械有限公司关工委", "普法进企业：青年职工法律讲座", "法治教育", "关爱明天，普法先行", new DateOnly(2023, 6, 9), "常州郑陆机械有限公司", "司法所", 45, "青年职工", []),
            new("舜山村关工委", "法治教育进村：家庭教育促进法进万家", "法治教育", "关爱明天，普法先行", new DateOnly(2023, 9, 2), "舜山村村民活动室", "妇联、司法所", 38, "留守儿童", []),
            new("乌审召小学", "爷爷奶奶一堂课：草原上的红色故事", "爷爷奶奶一堂课", "爷爷奶奶一堂课", today, "乌审召小学", null, 55, "小学生", []),
        ];

        var volunteers = await db.Volunteers.AsNoTracking().ToDictionaryAsync(v => v.Name, v => v.Id, ct);
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var venues = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Name, u => u.Id, ct);
        foreach (var d in activities)
        {
            var unitId = units[d.Unit];
            var activity = new Activity
            {
                UnitId = unitId,
                UnitPath = paths[unitId],
                Title = d.Title,
                Category = d.Category,
                Theme = d.Theme,
                Status = ActivityStatus.Completed,
                Date = d.Date,
                // Today's, open for check-in, has no hours: a demo is tried at any time of day (ActivityHours).
                StartTime = d.Date == today ? null : new TimeOnly(9, 0),
                EndTime = d.Date == today ? null : new TimeOnly(11, 0),
                Place = d.Place,
                Partners = d.Partners,
                YouthReached = d.Youth,
                YouthGroups = d.Groups.Length == 0 ? null : d.Groups,
                VenueUnitId = venues.TryGetValue(d.Place, out var venue) ? venue : null,
                VolunteerCount = d.Served.Length,

                // Today's activity is open for check-in, so the demo volunteer can try it on a phone.
                CheckInCode = d.Date == today ? "202300" : null,
            };
            if (LegalDemo.TryGetValue(d.Title, out var legal))
            {
                (activity.FourIn, activity.LawsTaught) = legal;
            }

            db.Activities.Add(activity);
            await db.SaveChangesAsync(ct);
            foreach (var (name, hours) in d.Served)
            {
                db.ServiceHourEntries.Add(new ServiceHourEntry
                {
                    ActivityId = activity.Id,
                    VolunteerId = volunteers[name],
                    UnitId = unitId,
                    UnitPath = activity.UnitPath,
                    Date = activity.Date,
                    Hours = hours,
                    OnBehalf = true,
                    Reason = "活动记录人统一登记",
                    EnteredByName = "演示数据",
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

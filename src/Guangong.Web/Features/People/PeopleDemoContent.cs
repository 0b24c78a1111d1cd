using Guangong.Web.Features.Demo;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>The demo towns' 五老 rosters, a few visits and training sessions, so every page has something to show.</summary>
public sealed class PeopleDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 10;

    private sealed record Person(string Name, Gender Gender, string Ethnicity, int BirthYear, string Phone, string? Category, string? Layer, string FormerUnit, string FormerPost, string Specialties, string Unit, VolunteerStatus Status = VolunteerStatus.Active);

    private static readonly Person[] People =
    [
        new("郝和平", Gender.Male, "汉族", 1953, "13904771200", "老干部", "核心层", "乌审召镇人民政府", "原镇党委副书记", "关工委工作、红色故事宣讲", "乌审召镇关工委"),
        new("巴图孟和", Gender.Male, "蒙古族", 1952, "13904771201", "老干部", "核心层", "乌审召镇人民政府", "原人大主席", "红色故事宣讲、蒙古语", "乌审召镇关工委"),
        new("其其格", Gender.Female, "蒙古族", 1958, "13904771202", "老教师", "核心层", "乌审召小学", "原校长", "家庭教育、蒙古族民歌", "乌审召小学"),
        new("王志强", Gender.Male, "汉族", 1950, "13904771203", "老战士", "骨干层", "内蒙古军区某部", "退役连长", "国防教育、防溺水巡逻", "乌审召嘎查关工委"),
        new("敖其尔", Gender.Male, "蒙古族", 1955, "13904771204", "老模范", "骨干层", "查汗庙嘎查", "原嘎查书记、全国劳模", "生态治沙、牧区大寨精神", "查汗庙嘎查关工委"),
        new("刘桂兰", Gender.Female, "汉族", 1957, "13904771205", "老教师", "骨干层", "查汗淖学校", "教师", "作文辅导、书法", "查汗淖学校"),
        new("乌云毕力格", Gender.Male, "蒙古族", 1949, "13904771206", "老干部", "参与层", "乌审旗司法局", "原副局长", "法律咨询、普法宣讲", "乌审召司法所关爱工作站"),
        new("张秀英", Gender.Female, "汉族", 1961, "13904771207", "老专家", "参与层", "乌审召镇卫生院", "主治医师", "卫生健康、心理疏导", "乌审召社区关工委"),
        new("斯琴", Gender.Female, "蒙古族", 1963, "13904771208", null, "参与层", "巴音敖包嘎查", "妇联主任", "家风家教", "巴音敖包嘎查关工委", VolunteerStatus.Prospective),
        new("陈建国", Gender.Male, "汉族", 1951, "13861201301", "老干部", "核心层", "郑陆镇人民政府", "原镇党委副书记", "理论宣讲、关工委工作", "郑陆镇关工委"),
        new("周美华", Gender.Female, "汉族", 1956, "13861201302", "老教师", "核心层", "郑陆实验学校", "原副校长", "作文辅导、校外辅导站", "郑陆实验学校关工委"),
        new("钱福生", Gender.Male, "汉族", 1948, "13861201303", "老战士", "骨干层", "南京军区某部", "退役营长", "红色故事宣讲、国防教育", "焦溪村关工委"),
        new("孙立平", Gender.Male, "汉族", 1954, "13861201304", "老专家", "骨干层", "常州市农科所", "高级农艺师", "科普、农技", "舜山村关工委"),
        new("吴小妹", Gender.Female, "汉族", 1959, "13861201305", "老模范", "参与层", "郑陆镇妇联", "原主席、三八红旗手", "家风家教、调解", "郑陆社区关工委"),
        new("郑德明", Gender.Male, "汉族", 1953, "13861201306", "老干部", "参与层", "郑陆法庭", "原庭长", "法治教育、社区矫正帮教", "郑陆法庭关爱工作站"),
        new("黄丽娟", Gender.Female, "汉族", 1962, "13861201307", null, "参与层", "查家村", "村妇女主任", "防溺水巡逻", "查家村关工委", VolunteerStatus.Prospective),
        new("许国平", Gender.Male, "汉族", 1946, "13861201308", "老教师", "骨干层", "郑陆初级中学", "教师", "书法、网吧义务监督", "三河口村关工委", VolunteerStatus.Suspended),
    ];

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var elder = await db.Users.Where(u => u.UserName == "wsz-elder").Select(u => (long?)u.Id).SingleOrDefaultAsync(ct);
        var joined = new DateOnly(2023, 3, 1);
        var volunteers = new Dictionary<string, Volunteer>();
        foreach (var p in People)
        {
            var unitId = units[p.Unit];
            var v = new Volunteer
            {
                UnitId = unitId,
                UnitPath = paths[unitId],
                Name = p.Name,
                Gender = p.Gender,
                Ethnicity = p.Ethnicity,
                BirthYear = p.BirthYear,
                Phone = p.Phone,
                Category = p.Category,
                Layer = p.Layer,
                PoliticalStatus = "中共党员",
                FormerUnit = p.FormerUnit,
                FormerPost = p.FormerPost,
                Specialties = SpecialtyText.Normalize(p.Specialties),
                Status = p.Status,
                StatusDate = p.Status == VolunteerStatus.Active ? joined : new DateOnly(2023, 6, 15),

                // The demo volunteer account wsz-elder is 郝和平, the “五老”人员 of the 乌审召 appendix.
                UserId = p.Name == "郝和平" ? elder : null,
            };
            v.History.Add(new VolunteerStatusChange { UnitId = unitId, UnitPath = v.UnitPath, ToStatus = VolunteerStatus.Active, Date = p.Status == VolunteerStatus.Prospective ? v.StatusDate : joined, Note = "录入名册" });
            if (p.Status == VolunteerStatus.Prospective)
            {
                v.History[0].ToStatus = VolunteerStatus.Prospective;
            }
            else if (p.Status == VolunteerStatus.Suspended)
            {
                v.History.Add(new VolunteerStatusChange { UnitId = unitId, UnitPath = v.UnitPath, FromStatus = VolunteerStatus.Active, ToStatus = VolunteerStatus.Suspended, Date = v.StatusDate, Note = "住院治疗，暂停活动" });
            }

            volunteers[p.Name] = v;
            db.Volunteers.Add(v);
        }

        await db.SaveChangesAsync(ct);

        AddVisit(volunteers["巴图孟和"], new DateOnly(2023, 9, 20), "道格通毕力格", "良好", null, null);
        AddVisit(volunteers["王志强"], new DateOnly(2023, 4, 12), "道格通毕力格", "一般", "腿脚不便，巡逻时需要车辆接送", "协调嘎查安排车辆");
        AddVisit(volunteers["陈建国"], new DateOnly(2023, 10, 8), "郑陆镇关工委干事", "良好", null, null);
        AddVisit(volunteers["许国平"], new DateOnly(2023, 7, 2), "郑陆镇关工委干事", "住院", "术后恢复", "月底再次探望");

        AddTraining(units, paths, "乌审召镇关工委", "“五老”志愿者培训：防溺水巡逻与急救", TrainingKinds.Training, new DateOnly(2023, 6, 10), false, 3m, "乌审召镇卫生院 张医生",
            ["郝和平", "巴图孟和", "王志强", "敖其尔", "刘桂兰", "张秀英"], volunteers);
        AddTraining(units, paths, "乌审召镇关工委", "关工信息宣传培训", TrainingKinds.Publicity, new DateOnly(2023, 8, 18), true, 1.5m, "乌审旗融媒体中心",
            ["巴图孟和", "其其格"], volunteers);
        AddTraining(units, paths, "郑陆镇关工委", "学习贯彻中办国办《意见》", TrainingKinds.Theory, new DateOnly(2023, 3, 28), false, 2m, "陈建国",
            ["陈建国", "周美华", "钱福生", "孙立平", "吴小妹", "郑德明"], volunteers);
        await db.SaveChangesAsync(ct);
    }

    private void AddVisit(Volunteer v, DateOnly date, string by, string health, string? needs, string? followUp) =>
        db.VolunteerVisits.Add(new VolunteerVisit { VolunteerId = v.Id, UnitId = v.UnitId, UnitPath = v.UnitPath, Date = date, VisitedBy = by, Health = health, Needs = needs, FollowUp = followUp });

    private void AddTraining(DemoUnitIds units, Dictionary<long, string> paths, string unit, string topic, string kind, DateOnly date, bool online, decimal hours, string speaker, string[] attendees, Dictionary<string, Volunteer> volunteers)
    {
        var unitId = units[unit];
        var session = new TrainingSession { UnitId = unitId, UnitPath = paths[unitId], Topic = topic, Kind = kind, Date = date, Online = online, Hours = hours, Speaker = speaker };
        session.Attendees.AddRange(attendees.Select(n => new TrainingAttendance { VolunteerId = volunteers[n].Id, UnitId = unitId, UnitPath = paths[unitId] }));
        db.TrainingSessions.Add(session);
    }
}

using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Water;

/// <summary>
/// 乌审召's 淖尔 and rivers ("组织'五老'志愿者在各个河湖、淖尔开展常态化巡逻", 乌审召 三) with the 2023
/// summer rota, patrols along it, one near miss, and a 郑陆 pond so both towns have something.
/// </summary>
public sealed class WaterDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 62;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        WaterBody Add(string unit, string name, WaterKind kind, double lat, double lon, RiskLevel risk, bool signs, string? equipment, string person, string phone)
        {
            var id = units[unit];
            var w = new WaterBody
            {
                UnitId = id, UnitPath = paths[id], Name = name, Kind = kind, Latitude = lat, Longitude = lon, Risk = risk, HasWarningSigns = signs,
                HasRescueEquipment = equipment is not null, Equipment = equipment, ResponsiblePerson = person, ResponsiblePhone = phone, CreatedUtc = DateTime.UtcNow,
            };
            db.WaterBodies.Add(w);
            return w;
        }

        var chagan = Add("查汗庙嘎查关工委", "查汗淖尔", WaterKind.Nur, 38.6318, 108.8104, RiskLevel.High, true, "救生圈2个、竹竿、绳索", "敖其尔", "13904771204");
        var wushen = Add("乌审召嘎查关工委", "乌审召淖尔", WaterKind.Nur, 39.0521, 109.0216, RiskLevel.Medium, true, "救生圈1个", "王志强", "13904771203");
        var river = Add("巴音敖包嘎查关工委", "纳林河巴音敖包段", WaterKind.River, 38.7716, 108.9530, RiskLevel.High, false, null, "斯琴", "13904771208");
        Add("乌审召社区关工委", "社区东侧坑塘", WaterKind.Pond, 39.0112, 109.0318, RiskLevel.Low, true, "竹竿", "张秀英", "13904771207");
        Add("查家村关工委", "查家村南河塘", WaterKind.Pond, 31.8605, 120.0952, RiskLevel.Medium, true, "救生圈、竹竿", "黄丽娟", "13861201307");
        await db.SaveChangesAsync(ct);

        var elders = await db.Volunteers.AsNoTracking().Where(v => v.Name == "王志强" || v.Name == "敖其尔").ToDictionaryAsync(v => v.Name, v => v.Id, ct);
        if (elders.Count < 2)
        {
            return;
        }

        var (june, august) = (new DateOnly(2023, 6, 1), new DateOnly(2023, 8, 31));
        foreach (var (water, elder) in new[] { (chagan, "敖其尔"), (chagan, "王志强"), (wushen, "王志强"), (river, "敖其尔") })
        {
            db.PatrolRotaLines.Add(new PatrolRotaLine { WaterBodyId = water.Id, VolunteerId = elders[elder], UnitId = water.UnitId, UnitPath = water.UnitPath, FromDate = june, ToDate = august });
        }

        for (var day = new DateOnly(2023, 6, 3); day <= august; day = day.AddDays(7))
        {
            Patrol(elders["敖其尔"], day, 16, 2, [chagan, river], day.Month == 7 ? 3 : 1, day.Day < 8 ? "淖尔西岸警示牌被风吹倒" : null);
            Patrol(elders["王志强"], day.AddDays(1), 17, 1.5, [wushen], 0, null);
        }

        // This week, so the weekly view shows the other bodies as not patrolled.
        var today = ChinaTime.Today(TimeProvider.System);

        // 郝和平 (wsz-elder) walks the frozen 淖尔 this week: the home page shows it as today's patrol.
        if (await db.Volunteers.AsNoTracking().Where(v => v.Name == "郝和平").Select(v => (long?)v.Id).FirstOrDefaultAsync(ct) is { } hao)
        {
            db.PatrolRotaLines.Add(new PatrolRotaLine { WaterBodyId = wushen.Id, VolunteerId = hao, UnitId = wushen.UnitId, UnitPath = wushen.UnitPath, FromDate = today.AddDays(-3), ToDate = today.AddDays(4) });

            // Patrols of their own, so the 五老's phone shows what they did: two days ago, and one of the 2023 summer.
            Patrol(hao, today.AddDays(-2), 10, 1.5, [wushen], 0, "岸边冰面有裂缝，已提醒村民不要上冰");
            Patrol(hao, new DateOnly(2023, 7, 22), 16, 2, [wushen, chagan], 2, null);
        }

        Patrol(elders["王志强"], today, 0, 1, [wushen], 0, null);
        db.DrowningIncidents.Add(new DrowningIncident
        {
            UnitId = river.UnitId, UnitPath = river.UnitPath, WaterBodyId = river.Id, Date = new DateOnly(2023, 7, 16), Place = "纳林河巴音敖包段浅滩",
            Kind = IncidentKind.NearMiss, MinorsInvolved = 2, Rescued = 2, Deaths = 0, Outcome = "巡逻五老及时劝离，两名儿童由家长接回；随后补设警示牌", CreatedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
    }

    private void Patrol(long volunteerId, DateOnly day, int hour, double hours, WaterBody[] waters, int children, string? hazards)
    {
        var start = ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
        var p = new Patrol
        {
            VolunteerId = volunteerId, UnitId = waters[0].UnitId, UnitPath = waters[0].UnitPath, StartUtc = start, EndUtc = start.AddHours(hours),
            ChildrenDissuaded = children, Hazards = hazards, EnteredByName = "巡逻签到", CreatedUtc = DateTime.UtcNow,
        };
        p.Stops.AddRange(waters.Select(w => new PatrolStop { WaterBodyId = w.Id, UnitId = w.UnitId, UnitPath = w.UnitPath }));
        db.Patrols.Add(p);
    }
}

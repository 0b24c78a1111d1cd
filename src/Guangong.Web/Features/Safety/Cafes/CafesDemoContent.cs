using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Cafes;

/// <summary>
/// 郑陆's cafés ("五老"继续搞好网吧义务监督, 郑陆 四): three open and one closed, supervised by
/// village 五老, inspected through 2023 (one finding passed to the police) and this month for one
/// café only, so the overdue list has something to show.
/// </summary>
public sealed class CafesDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 61;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var elders = await db.Volunteers.AsNoTracking().Where(v => v.Name == "钱福生" || v.Name == "孙立平" || v.Name == "陈建国").ToDictionaryAsync(v => v.Name, v => v.Id, ct);
        InternetCafe Cafe(string unit, string name, string address, string licence, string op, string phone, bool open, params string[] supervisors)
        {
            var id = units[unit];
            var cafe = new InternetCafe { UnitId = id, UnitPath = paths[id], Name = name, Address = address, LicenceNumber = licence, OperatorName = op, OperatorPhone = phone, IsOpen = open, CreatedUtc = DateTime.UtcNow };
            cafe.Supervisors.AddRange(supervisors.Where(elders.ContainsKey).Select(s => new CafeSupervisor { VolunteerId = elders[s], UnitId = id, UnitPath = paths[id] }));
            db.InternetCafes.Add(cafe);
            return cafe;
        }

        var jiaoxi = Cafe("焦溪村关工委", "焦溪星空网咖", "焦溪老街东口12号", "320402100123", "蒋伟", "13915001201", true, "钱福生");
        var shunshan = Cafe("舜山村关工委", "舜山极速网吧", "舜山村委西侧商铺3号", "320402100231", "孙海", "13915001202", true, "孙立平");
        var town = Cafe("郑陆镇关工委", "郑陆e站网咖", "郑陆镇人民路88号", "320402100310", "丁晓东", "13915001203", true, "陈建国", "钱福生");
        Cafe("三河口村关工委", "三河口青年网吧", "三河口村口", "320402100099", "刘强", "13915001204", false);
        await db.SaveChangesAsync(ct);

        void Inspect(InternetCafe cafe, string who, DateTime local, int minors, bool sign, bool ids, string? problem = null, FollowUpTo follow = FollowUpTo.None, string? outcome = null) =>
            db.CafeInspections.Add(new CafeInspection
            {
                CafeId = cafe.Id, UnitId = cafe.UnitId, UnitPath = cafe.UnitPath, InspectedUtc = ChinaTime.ToUtc(local), VolunteerId = elders[who], Tenths = 15,
                MinorsFound = minors, SignPresent = sign, IdChecksDone = ids, Problems = problem, FollowUpTo = follow, FollowUpOutcome = outcome,
                EnteredByName = "郑陆镇关工委干事", CreatedUtc = DateTime.UtcNow,
            });
        if (!elders.ContainsKey("钱福生") || !elders.ContainsKey("孙立平") || !elders.ContainsKey("陈建国"))
        {
            return;
        }

        for (var month = 1; month <= 12; month += 1)
        {
            Inspect(jiaoxi, "钱福生", new DateTime(2023, month, 8, 20, 0, 0), 0, true, true);
            if (month % 2 == 0)
            {
                Inspect(shunshan, "孙立平", new DateTime(2023, month, 15, 19, 30, 0), 0, true, month != 4);
            }
        }

        Inspect(town, "陈建国", new DateTime(2023, 7, 22, 21, 10, 0), 2, true, false, "暑期夜间未查验身份证，发现2名未成年人", FollowUpTo.Police, "派出所当晚到场劝离，责令网吧整改并警告");
        Inspect(town, "钱福生", new DateTime(2023, 8, 5, 20, 40, 0), 0, false, true, "“未成年人禁入”标志被遮挡", FollowUpTo.CultureEnforcement, "文化执法队督促重新张贴");
        var now = ChinaTime.ToLocal(DateTime.UtcNow);
        // Early on the first of a month the evening has not come yet: midnight is still this month and past.
        Inspect(jiaoxi, "钱福生", now.Day == 1 && now.Hour < 19 ? new DateTime(now.Year, now.Month, 1, 0, 0, 0) : new DateTime(now.Year, now.Month, 1, 19, 0, 0), 0, true, true);
        await db.SaveChangesAsync(ct);
    }
}

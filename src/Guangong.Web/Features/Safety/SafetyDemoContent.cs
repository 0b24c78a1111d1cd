using Guangong.Web.Features.Demo;
using Guangong.Web.Features.Safety.CareCases;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety;

/// <summary>
/// 郑陆's court station with an open case only its case worker (zl-court) reads, mentored by the
/// station's 五老 郑德明, a closed case already anonymised, and a 司法所 case that the town counts.
/// </summary>
public sealed class SafetyDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 60;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var court = units["郑陆法庭关爱工作站"];
        var justice = units["郑陆司法所关爱工作站"];
        var mentor = await db.Volunteers.Where(v => v.Name == "郑德明" && v.UnitId == court).Select(v => (long?)v.Id).SingleOrDefaultAsync(ct);
        var now = DateTime.UtcNow;
        var open = new CareCase
        {
            UnitId = court, UnitPath = paths[court], Kind = CareCaseKind.JudicialProtection, OpenedOn = new DateOnly(2023, 3, 14),
            MinorName = "李小磊", BirthYear = 2008, School = "郑陆初级中学", Situation = "父母离异，随祖母生活；因打架被训诫，法庭移送关爱站帮教。",
            MentorId = mentor, PairedOn = mentor is null ? null : new DateOnly(2023, 3, 20),
            GuardianName = "李桂芳", GuardianRelation = "祖母", ConsentOn = new DateOnly(2023, 3, 18), CreatedUtc = now,
        };
        open.Visits.Add(new CareVisit { UnitId = court, UnitPath = paths[court], VisitedOn = new DateOnly(2023, 4, 8), Visitor = "郑德明", Note = "家访，与祖母谈心，孩子愿意参加周末书法班。", CreatedUtc = now });
        open.Visits.Add(new CareVisit { UnitId = court, UnitPath = paths[court], VisitedOn = new DateOnly(2023, 6, 17), Visitor = "郑德明", Note = "到校了解情况，期末成绩有进步。", CreatedUtc = now });
        var erased = new CareCase
        {
            UnitId = court, UnitPath = paths[court], Kind = CareCaseKind.Care, OpenedOn = new DateOnly(2022, 9, 1), Status = CareCaseStatus.Closed,
            ClosedOn = new DateOnly(2023, 1, 10), ErasedUtc = now, CreatedUtc = now,
        };
        erased.Visits.Add(new CareVisit { UnitId = court, UnitPath = paths[court], VisitedOn = new DateOnly(2022, 10, 15), Visitor = "郑德明", CreatedUtc = now });
        var correction = new CareCase
        {
            UnitId = justice, UnitPath = paths[justice], Kind = CareCaseKind.CommunityCorrection, OpenedOn = new DateOnly(2023, 5, 6),
            MinorName = "王晨", BirthYear = 2006, Situation = "社区矫正期间，司法所与五老共同帮教。", CreatedUtc = now,
        };
        db.CareCases.AddRange(open, erased, correction);
        await db.SaveChangesAsync(ct);
    }
}

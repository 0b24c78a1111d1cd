using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Enterprises;

/// <summary>
/// 郑陆's company committee has started this year's 五有五好 self-assessment and has helped two young
/// employees' families this year (made-up names).
/// </summary>
public sealed class EnterprisesDemoContent(AssessmentStarter starter, GuangongDbContext db, TimeProvider clock) : IDemoContent
{
    public int Order => 47;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var companyId = units["常州郑陆机械有限公司关工委"];
        var today = ChinaTime.Today(clock);
        await starter.StartAsync(ProgramKind.Enterprise, companyId, today.Year, ct);
        var company = await db.Units.AsNoTracking().SingleAsync(u => u.Id == companyId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.EmployeeCares.AddRange(
            new EmployeeCare
            {
                UnitId = company.Id, UnitPath = company.Path, EmployeeName = "陈小军", AgeBand = CareAgeBand.Primary,
                Difficulty = "双职工倒班，孩子放学后无人照看", Help = "安排进村校外教育辅导站参加课后托管，五老辅导作业", HelpedOn = today.AddDays(-40), RecordedBy = "郑陆机械关工委联络员", CreatedUtc = now,
            },
            new EmployeeCare
            {
                UnitId = company.Id, UnitPath = company.Path, EmployeeName = "刘芳", AgeBand = CareAgeBand.Employee,
                Difficulty = "家属重病，家庭支出困难", Help = "企业关工委送去慰问金", HelpedOn = today.AddDays(-12), Amount = 2000m, RecordedBy = "郑陆机械关工委联络员", CreatedUtc = now,
            });
        await db.SaveChangesAsync(ct);
    }
}

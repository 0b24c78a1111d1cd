using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Bases;

/// <summary>乌审召 五: the 牧区大寨生态教育基地 and its visits (the 2023 one is among the activities already; two this year).</summary>
public sealed class BasesDemoContent(GuangongDbContext db, TimeProvider clock) : IDemoContent
{
    public int Order => 46;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var baseUnit = units["牧区大寨生态教育基地"];
        db.EducationBases.Add(new EducationBase
        {
            UnitId = baseUnit,
            Category = BaseCategory.Ecology,
            Host = "乌审召镇关工委、查汗庙嘎查",
            Address = "乌审召镇查汗庙嘎查",
            Capacity = 120,
            Description = "讲好红色故事、讲好“大寨”故事、讲好当代故事（乌审召 五）。",
        });
        var today = ChinaTime.Today(clock);
        foreach (var (unit, title, days, youth, groups) in new[]
        {
            ("乌审召小学", "走进牧区大寨：生态文明研学", 70, 90, "小学生"),
            ("查汗淖学校", "牧区大寨红色故事宣讲", 20, 65, "中学生、留守儿童"),
        })
        {
            db.Activities.Add(new Activity
            {
                UnitId = units[unit],
                Title = title,
                Category = "红色教育",
                Theme = "老少心向党、奋斗新征程",
                Date = today.AddDays(-days),
                Place = "牧区大寨生态教育基地",
                VenueUnitId = baseUnit,
                YouthReached = youth,
                YouthGroups = groups,
                Status = ActivityStatus.Completed,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}

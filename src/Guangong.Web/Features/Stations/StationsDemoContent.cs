using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Stations;

/// <summary>
/// 郑陆's stations at each stage (郑陆 三.1): 焦溪 区优 and consolidating, 舜山 being created with
/// gaps this year, 查家 planned, 郑陆社区 市优; with their assessments and a recent activity or two.
/// </summary>
public sealed class StationsDemoContent(GuangongDbContext db, TimeProvider clock) : IDemoContent
{
    public int Order => 45;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var template = await db.AssessmentTemplates.Include(t => t.Criteria).SingleAsync(t => t.Program == ProgramKind.Station && t.IsCurrent, ct);
        var criteria = template.Criteria.OrderBy(c => c.SortOrder).ToList();

        var jiaoxi = Add(units["焦溪村关工委"], "焦溪村校外教育辅导站", StationStage.Consolidating, "焦溪村新时代文明实践站", "焦溪小学、郑陆派出所关爱工作站", "钱福生", "钱福生、陈建国、焦溪小学教师2名", "活动室80平方米、阅览室", "图书1200册、投影仪、乒乓球桌", "周六上午、寒暑假每天下午");
        jiaoxi.Honours.Add(new StationHonour { UnitId = jiaoxi.UnitId, Year = today.Year - 2, Title = "区优" });
        var shunshan = Add(units["舜山村关工委"], "舜山村校外教育辅导站", StationStage.Creating, "舜山村新时代文明实践站", "郑陆实验学校", "周美华", "周美华", "村委会二楼会议室", "图书300册", "周六上午");
        Add(units["查家村关工委"], "查家村校外教育辅导站", StationStage.Planned, null, null, null, null, null, null, null);
        var community = Add(units["郑陆社区关工委"], "郑陆社区校外教育辅导站", StationStage.Consolidating, "郑陆社区新时代文明实践站", "郑陆法庭关爱工作站、郑陆司法所关爱工作站", "郑德明", "郑德明、社区志愿者3名", "活动室120平方米", "图书2000册、电脑6台", "周一至周五17:00—19:00");
        community.Honours.Add(new StationHonour { UnitId = community.UnitId, Year = today.Year - 3, Title = "区优" });
        community.Honours.Add(new StationHonour { UnitId = community.UnitId, Year = today.Year - 1, Title = "市优" });
        await db.SaveChangesAsync(ct);

        // 焦溪: reviewed last year at 区优 level, this year's self-assessment under way; 舜山: scored this year, short on facilities and routine.
        var full = criteria.Select(c => (decimal)c.MaxPoints).ToArray();
        Assess(jiaoxi, today.Year - 1, criteria, full.Select((m, i) => i is 4 or 5 or 12 ? m - 2.5m : m).ToArray(), reviewed: true);
        Assess(jiaoxi, today.Year, criteria, full, reviewed: false);
        var shunshanScores = full.Select((m, i) => i switch { 4 or 5 => 2.5m, 6 => 0, 11 => 5, 12 => 0, _ => m }).ToArray();
        var gaps = Assess(shunshan, today.Year, criteria, shunshanScores, reviewed: false);
        await db.SaveChangesAsync(ct);
        db.RemediationActions.Add(new RemediationAction { AssessmentId = gaps.Id, CriterionId = criteria[6].Id, UnitId = shunshan.UnitId, Text = "制作门牌和室内标识标牌", Owner = "周美华", DueDate = today.AddDays(30) });
        db.RemediationActions.Add(new RemediationAction { AssessmentId = gaps.Id, CriterionId = criteria[12].Id, UnitId = shunshan.UnitId, Text = "制定寒假活动计划并组织实施", Owner = "舜山村关工委", DueDate = today.AddDays(60) });

        // Recent activities at two stations, so only the others show as inactive.
        foreach (var (station, title, days) in new[] { (jiaoxi, "辅导站周末读书会", 12), (community, "模拟法庭进社区辅导站", 25) })
        {
            db.Activities.Add(new Activity
            {
                UnitId = station.UnitId,
                Title = title,
                Category = "五个一",
                Date = today.AddDays(-days),
                Place = station.Name,
                YouthReached = 30,
                YouthGroups = "小学生",
                Status = ActivityStatus.Completed,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private Station Add(long unitId, string name, StationStage stage, string? civ, string? partners, string? master, string? tutors, string? rooms, string? equipment, string? hours)
    {
        var s = new Station { UnitId = unitId, Name = name, Stage = stage, CivilizationStation = civ, Partners = partners, Master = master, Tutors = tutors, Rooms = rooms, Equipment = equipment, OpeningHours = hours };
        db.Stations.Add(s);
        return s;
    }

    private Assessment Assess(Station s, int year, IReadOnlyList<TemplateCriterion> criteria, decimal[] scores, bool reviewed)
    {
        var thresholds = LevelThresholds.Parse(criteria.Count == 0 ? null : db.AssessmentTemplates.Local.Single(t => t.Id == criteria[0].TemplateId).Thresholds) ?? [];
        var a = new Assessment
        {
            UnitId = s.UnitId,
            TemplateId = criteria[0].TemplateId,
            Program = ProgramKind.Station,
            SubjectId = s.Id,
            SubjectName = s.Name,
            Year = year,
            Status = reviewed ? AssessmentStatus.Reviewed : AssessmentStatus.Draft,
            SelfTotal = scores.Sum(),
            ReviewTotal = reviewed ? scores.Sum() : null,
            Level = Scoring.LevelOf(scores.Sum(), thresholds),
            SubmittedBy = reviewed ? "焦溪村关工委" : null,
            SubmittedUtc = reviewed ? new DateTime(year, 11, 20, 2, 0, 0, DateTimeKind.Utc) : null,
            ReviewedBy = reviewed ? "郑陆镇关工委干事" : null,
            ReviewedUtc = reviewed ? new DateTime(year, 12, 5, 2, 0, 0, DateTimeKind.Utc) : null,
            Scores = criteria.Select((c, i) => new AssessmentScore
            {
                CriterionId = c.Id,
                MaxPoints = c.MaxPoints,
                UnitId = s.UnitId,
                SelfScore = scores[i],
                Evidence = c.EvidenceRequired ? "见台账及照片" : null,
                ReviewScore = reviewed ? scores[i] : null,
            }).ToList(),
        };
        db.Assessments.Add(a);
        return a;
    }
}

using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// The standards the seeds name, set by 天宁区 so that they bind 郑陆: the five 辅导站 criteria
/// (郑陆 三.1) with sub-points from common practice, 民企关工委 五有五好 (郑陆 五.2), and a 特色工作室 standard.
/// </summary>
public sealed class AssessmentsDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 40;

    private static readonly (string Group, string Text, int Max, ScoringKind Kind, bool Evidence, string? Guidance)[] StationCriteria =
    [
        ("组织领导有力", "成立辅导站领导小组，村（社区）党组织负责人牵头", 5, ScoringKind.MetOrNot, true, "查看成立文件或会议纪要"),
        ("组织领导有力", "明确站长，职责清楚", 5, ScoringKind.MetOrNot, false, null),
        ("组织领导有力", "每季度至少召开一次工作会议", 10, ScoringKind.Points, true, "每少一次扣2.5分"),
        ("装备设施良好", "有固定活动室，面积满足活动需要", 5, ScoringKind.MetOrNot, false, null),
        ("装备设施良好", "图书、报刊、学习资料充足", 5, ScoringKind.Points, false, null),
        ("装备设施良好", "文体器材、电教设备齐全可用", 5, ScoringKind.Points, false, null),
        ("装备设施良好", "门口挂牌，室内有标识标牌", 5, ScoringKind.MetOrNot, true, "附照片"),
        ("辅导队伍稳定", "有五老、教师、志愿者组成的辅导员名册", 10, ScoringKind.Points, true, null),
        ("辅导队伍稳定", "辅导员每年参加培训", 10, ScoringKind.Level, false, "优：全员参训；良：八成；中：六成"),
        ("管理制度健全", "岗位职责、安全制度等上墙", 10, ScoringKind.MetOrNot, true, "附照片"),
        ("管理制度健全", "活动记录、档案资料完整规范", 10, ScoringKind.Level, true, null),
        ("活动常态有效", "按计划常态开展活动，每月不少于一次", 10, ScoringKind.Points, true, "关联活动记录"),
        ("活动常态有效", "寒暑假期间集中开展活动", 5, ScoringKind.Points, true, null),
        ("活动常态有效", "活动有记录、有照片、有成效", 5, ScoringKind.MetOrNot, true, null),
    ];

    private static readonly string[] FiveHave = ["有组织机构", "有工作人员", "有活动阵地", "有工作制度", "有活动经费"];

    private static readonly string[] FiveGood = ["领导重视好", "组织建设好", "活动开展好", "关爱职工好", "工作成效好"];

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var district = units["天宁区关工委"];
        Add(district, ProgramKind.Station, "天宁区校外教育辅导站评估标准", 2022, "合格=60；区优=80；市优=90",
            StationCriteria.Select(c => (c.Group, c.Text, c.Max, c.Kind, c.Evidence, c.Guidance)));
        Add(district, ProgramKind.Enterprise, "民营企业关工委“五有五好”标准", 2022, "合格=60；达标=80；示范=90",
            FiveHave.Select(t => ("五有", t, 10, ScoringKind.MetOrNot, true, (string?)null))
                .Concat(FiveGood.Select(t => ("五好", t, 10, ScoringKind.Level, false, (string?)null))));
        Add(district, ProgramKind.Workshop, "特色“五老”工作室标准", 2022, "合格=60；优秀=85",
            [
                ("阵地", "有名称、有牌子、有固定场所", 20, ScoringKind.MetOrNot, true, null),
                ("特色", "特色鲜明，依托领衔五老的专长", 20, ScoringKind.Level, false, null),
                ("活动", "每月开展活动，有计划有记录", 30, ScoringKind.Points, true, "关联活动记录"),
                ("成效", "青少年受益面广，有宣传报道", 30, ScoringKind.Points, false, null),
            ]);
        await db.SaveChangesAsync(ct);
    }

    private void Add(long unitId, ProgramKind program, string name, int fromYear, string thresholds, IEnumerable<(string Group, string Text, int Max, ScoringKind Kind, bool Evidence, string? Guidance)> criteria) =>
        db.AssessmentTemplates.Add(new AssessmentTemplate
        {
            UnitId = unitId,
            Program = program,
            Family = Guid.NewGuid().ToString("N"),
            Name = name,
            FromYear = fromYear,
            Thresholds = thresholds,
            Criteria = criteria.Select((c, i) => new TemplateCriterion
            {
                UnitId = unitId,
                GroupName = c.Group,
                SortOrder = (i + 1) * 10,
                Text = c.Text,
                MaxPoints = c.Max,
                Scoring = c.Kind,
                EvidenceRequired = c.Evidence,
                Guidance = c.Guidance,
            }).ToList(),
        });
}

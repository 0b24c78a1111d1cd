namespace Guangong.Web.Features.Statistics.Indicators;

/// <summary>How an indicator's value is kept.</summary>
public enum IndicatorSource
{
    /// <summary>Counted per month in roll-up cells (each unit's own records), summed over a subtree and a range of months.</summary>
    Monthly = 1,

    /// <summary>A state (who is on the roster, a station's stage), computed from a small table as of a period's last day, or by the current state where the platform keeps no history (the definition says which).</summary>
    Snapshot = 2,
}

/// <summary>
/// One named indicator. <paramref name="Scale"/> is what the stored integer is divided by to give the
/// figure (hours are kept in tenths); <paramref name="KeyLabel"/> names the breakdown (类别, 层级) when
/// the value is split by a key.
/// </summary>
public sealed record Indicator(string Code, string Name, string Definition, string Measure, IndicatorSource Source, int Scale = 1, string? KeyLabel = null)
{
    public decimal Figure(long stored) => Scale == 1 ? stored : stored / (decimal)Scale;
}

/// <summary>The indicators, defined once: the dashboard, the side-by-side table, reports, the annual return and the API read them here.</summary>
public static class IndicatorCatalog
{
    public static readonly Indicator ActivitiesHeld = new("activities", "开展活动", "本单位登记且状态为“已开展”的活动场次，按活动日期所在月份计，按活动类别分列。草稿、计划中的不计。", "场", IndicatorSource.Monthly, KeyLabel: "类别");
    public static readonly Indicator Youth = new("youth", "覆盖青少年", "已开展活动登记的参与青少年人数之和（人次，同一人参加两次计两次）。", "人次", IndicatorSource.Monthly);
    public static readonly Indicator HoursRecorded = new("hours.recorded", "服务时长（登记）", "五老服务时长台账各行之和，含冲销行（负数），按服务日期所在月份计。", "小时", IndicatorSource.Monthly, 10);
    public static readonly Indicator HoursVerified = new("hours.verified", "服务时长（已核实）", "台账中已核实（签到签退或经办人核实）的行之和。", "小时", IndicatorSource.Monthly, 10);
    public static readonly Indicator HoursOnBehalf = new("hours.onbehalf", "服务时长（代登记）", "由联络员代五老登记的行之和。", "小时", IndicatorSource.Monthly, 10);
    public static readonly Indicator TrainingSessions = new("training.sessions", "培训场次", "本单位举办的五老培训、学习场次，按培训日期计。", "场", IndicatorSource.Monthly);
    public static readonly Indicator TrainingHours = new("training.hours", "培训学时", "各场培训登记的学时之和。", "学时", IndicatorSource.Monthly, 10);
    public static readonly Indicator VolunteersJoined = new("volunteers.joined", "新增五老", "状态变为“在册”的五老人数（首次登记在册或由拟吸纳转为在册），按变更日期计。", "人", IndicatorSource.Monthly);
    public static readonly Indicator VolunteersLeft = new("volunteers.left", "减少五老", "状态变为“退出”或“已故”的人数，按变更日期计，按去向分列。", "人", IndicatorSource.Monthly, KeyLabel: "去向");
    public static readonly Indicator VolunteersSuspended = new("volunteers.suspended", "暂停五老", "由“在册”转为“暂停”的人数，按变更日期计。暂停的不计在册，也不计减少。", "人", IndicatorSource.Monthly);
    public static readonly Indicator VolunteersResumed = new("volunteers.resumed", "恢复在册五老", "由“暂停”恢复为“在册”的人数，按变更日期计；不计新增。", "人", IndicatorSource.Monthly);
    public static readonly Indicator ArticlesAdopted = new("articles.adopted", "稿件采用", "登记的稿件采用次数（一篇在两个媒体采用计两次），按采用日期计，按媒体级别分列。", "篇次", IndicatorSource.Monthly, KeyLabel: "级别");
    public static readonly Indicator Patrols = new("patrols", "防溺水巡查", "五老防溺水巡查次数，按签到时间（北京时间）所在月份计。", "次", IndicatorSource.Monthly);
    public static readonly Indicator PatrolDissuaded = new("patrols.dissuaded", "劝离儿童", "巡查登记的劝离儿童人次之和。", "人次", IndicatorSource.Monthly);
    public static readonly Indicator CafeInspections = new("cafes.inspections", "网吧义务监督", "网吧巡查次数，按巡查时间（北京时间）所在月份计。", "次", IndicatorSource.Monthly);
    public static readonly Indicator CafeMinors = new("cafes.minors", "网吧发现未成年人", "巡查发现的未成年人人次之和。", "人次", IndicatorSource.Monthly);

    public static readonly Indicator Units = new("units", "组织", "范围内（不含本级）在用的下级单位数，按单位类别分列。按当前状态（平台不记单位设立、撤并的日期），往年也是今天的数。", "个", IndicatorSource.Snapshot, KeyLabel: "类别");
    public static readonly Indicator VolunteersByCategory = new("volunteers.category", "五老（按类别）", "所选期间最后一天（期间未结束的按今天）状态为“在册”的五老人数，该日的状态由状态变更记录推算；按五老类别分列（未填计“未填”），类别按当前状态（平台不记类别的变更）。", "人", IndicatorSource.Snapshot, KeyLabel: "类别");
    public static readonly Indicator VolunteersByLayer = new("volunteers.layer", "五老（按层级）", "所选期间最后一天（期间未结束的按今天）在册的五老，按核心层、骨干层、参与层分列；层级按当前状态（平台不记层级的变更）。", "人", IndicatorSource.Snapshot, KeyLabel: "层级");
    public static readonly Indicator VolunteersByAge = new("volunteers.age", "五老（按年龄段）", "所选期间最后一天（期间未结束的按今天）在册的五老，按该年的年龄（年度减出生年）分段：60岁以下、60–69、70–79、80岁及以上。", "人", IndicatorSource.Snapshot, KeyLabel: "年龄段");
    public static readonly Indicator StationsByStage = new("stations.stage", "辅导站（按阶段）", "校外教育辅导站按阶段分列。按当前状态（平台不记阶段变更的日期），往年也是今天的阶段。", "个", IndicatorSource.Snapshot, KeyLabel: "阶段");
    public static readonly Indicator StationHonours = new("stations.honour", "辅导站荣誉", "所选年度获得且未撤销的荣誉（区优、市优），按荣誉分列。", "个", IndicatorSource.Snapshot, KeyLabel: "荣誉");
    public static readonly Indicator ZeroCrime = new("zerocrime", "零犯罪村（社区）", "所选年度状态为“达标”的未成年人零犯罪村（社区）数。", "个", IndicatorSource.Snapshot);
    public static readonly Indicator CommitteesMeetingRules = new("committees.rules", "关工委班子（按是否达标）", "在用的关工委（各级关工委、学校、幼儿园、企业）在所选期间最后一天（期间未结束的按今天）是否符合适用于它的班子配备要求（上级或本级设定的现行要求），按登记的任职起止日期判断，按“达标”“未达标”分列。", "个", IndicatorSource.Snapshot, KeyLabel: "情况");
    public static readonly Indicator TasksDone = new("tasks.done", "计划任务完成", "所选年度工作计划分解到各单位的任务中，到所选期间最后一天（期间未结束的按今天）报告的进度达到100%的条数（按进展报告的日期）。标为不适用的不计。", "项", IndicatorSource.Snapshot);
    public static readonly Indicator TasksOverdue = new("tasks.overdue", "计划任务逾期", "所选年度计划任务中，到所选期间结束时已过完成时限（期限在最后一天的也算）而报告的进度未到100%的条数；期间未结束的按今天，期限是今天的不算。", "项", IndicatorSource.Snapshot);

    public static readonly IReadOnlyList<Indicator> All =
    [
        Units, CommitteesMeetingRules, VolunteersByCategory, VolunteersByLayer, VolunteersByAge, VolunteersJoined, VolunteersLeft,
        VolunteersSuspended, VolunteersResumed,
        ActivitiesHeld, Youth, HoursRecorded, HoursVerified, HoursOnBehalf, TrainingSessions, TrainingHours,
        TasksDone, TasksOverdue, StationsByStage, StationHonours, ArticlesAdopted,
        Patrols, PatrolDissuaded, CafeInspections, CafeMinors, ZeroCrime,
    ];

    /// <summary>Indicators added after periods had been closed: a snapshot from before has no figure for them.</summary>
    public static readonly IReadOnlySet<string> AddedAfterFirstSnapshots = new HashSet<string>([VolunteersSuspended.Code, VolunteersResumed.Code]);

    public static Indicator? Find(string code) => All.FirstOrDefault(i => i.Code == code);
}

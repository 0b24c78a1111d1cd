using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Features.Stations;
using Guangong.Web.Features.Statistics.Indicators;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Annual;

/// <summary>
/// A line of the annual return: from an indicator (<see cref="Indicator"/>, optionally one key), or typed
/// by the unit where the platform holds no figure (<see cref="Typed"/>: funds, and the like).
/// </summary>
public sealed record ReturnLine(string Id, string Label, string Measure, Indicator? Indicator = null, string? Key = null, bool Typed = false)
{
    /// <summary>A count (场, 个, 人…) is typed whole; money and hours may have decimals.</summary>
    public bool Whole => Measure is not ("万元" or "小时" or "学时");
}

public sealed record ReturnTable(string Title, IReadOnlyList<ReturnLine> Lines);

/// <summary>A filled line: its figure and where it came from.</summary>
public sealed record ReturnFigure(ReturnLine Line, decimal? Value)
{
    public string Source => Line.Typed ? "填报" : "平台";
}

/// <summary>The standard tables of 年度统计报表 a town files, defined once; figures come from the indicators.</summary>
public static class AnnualReturn
{
    public static readonly IReadOnlyList<ReturnTable> Tables =
    [
        new("表一 组织建设",
        [
            .. Enum.GetValues<UnitKind>().Select(k => new ReturnLine($"units.{k}", EnumText.Of(k), "个", Units, EnumText.Of(k))),
        ]),
        new("表二 五老队伍",
        [
            new("volunteers", "在册五老合计", "人", VolunteersByLayer),
            .. new[] { "老干部", "老战士", "老专家", "老教师", "老模范", "未填" }.Select(c => new ReturnLine($"volunteers.category.{c}", $"其中：{c}", "人", VolunteersByCategory, c)),
            .. new[] { "核心层", "骨干层", "参与层", "未填" }.Select(l => new ReturnLine($"volunteers.layer.{l}", $"{l}", "人", VolunteersByLayer, l)),
            new("volunteers.joined", "本年新增", "人", VolunteersJoined),
            new("volunteers.left", "本年减少（退出、已故）", "人", VolunteersLeft),
            new("volunteers.suspended", "本年暂停", "人", VolunteersSuspended),
            new("volunteers.resumed", "本年由暂停恢复在册", "人", VolunteersResumed),
        ]),
        new("表三 活动开展",
        [
            new("activities", "开展活动合计", "场", ActivitiesHeld),
            new("youth", "覆盖青少年", "人次", Youth),
            new("hours.recorded", "五老服务时长", "小时", HoursRecorded),
            new("hours.verified", "其中已核实", "小时", HoursVerified),
            new("training.sessions", "五老培训", "场", TrainingSessions),
            new("training.hours", "培训学时", "学时", TrainingHours),
            new("typed.lectures", "报告会、讲座", "场", Typed: true),
        ]),
        new("表四 校外教育辅导站",
        [
            .. Enum.GetValues<StationStage>().Select(s => new ReturnLine($"stations.{s}", $"辅导站：{EnumText.Of(s)}", "个", StationsByStage, EnumText.Of(s))),
            new("stations.honour.district", "本年获评区优", "个", StationHonours, "区优"),
            new("stations.honour.city", "本年获评市优", "个", StationHonours, "市优"),
        ]),
        new("表五 信息宣传",
        [
            new("articles", "稿件采用合计", "篇次", ArticlesAdopted),
            .. Enum.GetValues<OutletLevel>().Select(l => new ReturnLine($"articles.{l}", $"{EnumText.Of(l)}级媒体", "篇次", ArticlesAdopted, EnumText.Of(l))),
        ]),
        new("表六 平安护苗",
        [
            new("patrols", "防溺水巡查", "次", Patrols),
            new("patrols.dissuaded", "劝离儿童", "人次", PatrolDissuaded),
            new("cafes", "网吧义务监督", "次", CafeInspections),
            new("cafes.minors", "发现未成年人", "人次", CafeMinors),
            new("zerocrime", "未成年人零犯罪村（社区）", "个", ZeroCrime),
        ]),
        new("表七 经费收支",
        [
            new("typed.funds.grant", "上级拨款", "万元", Typed: true),
            new("typed.funds.budget", "本级财政预算", "万元", Typed: true),
            new("typed.funds.donation", "社会捐助", "万元", Typed: true),
            new("typed.funds.spent", "全年支出", "万元", Typed: true),
        ]),
    ];

    public static IEnumerable<ReturnLine> TypedLines => Tables.SelectMany(t => t.Lines).Where(l => l.Typed);

    public static IReadOnlyList<(ReturnTable Table, IReadOnlyList<ReturnFigure> Figures)> Fill(Figures figures, IReadOnlyDictionary<string, decimal> typed) =>
        [.. Tables.Select(t => (t, (IReadOnlyList<ReturnFigure>)[.. t.Lines.Select(l => new ReturnFigure(l,
            l.Typed ? typed.TryGetValue(l.Id, out var v) ? v : null
            : figures.Lacks(l.Indicator!) ? null
            : l.Key is null ? figures.Total(l.Indicator!) : figures.Value(l.Indicator!, l.Key)))]))];
}

using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Features.Statistics.Reports;

namespace Guangong.Web.Features.Statistics;

// The /api/v1/indicators, /api/v1/statistics and /api/v1/reports answers. Property names are the JSON names (camelCase on the wire).

public sealed record IndicatorDto(string Code, string Name, string Definition, string Measure, string Source, string? KeyLabel)
{
    public static IndicatorDto From(Indicator i) => new(i.Code, i.Name, i.Definition, i.Measure, i.Source.ToString(), i.KeyLabel);
}

/// <summary>A unit named in an answer: its id and name, nothing more.</summary>
public sealed record UnitNameDto(long Id, string Name)
{
    public static UnitNameDto From(UnitRef u) => new(u.Id, u.Name);
}

/// <summary>GET /api/v1/statistics: a subtree's values over a span of months, its own, and each direct child's.</summary>
public sealed record SubtreeFiguresDto(UnitNameDto Unit, int From, int To, List<FigureDto> Values, List<FigureDto> Own, IReadOnlyList<ChildFiguresDto> Children)
{
    public static SubtreeFiguresDto Of(UnitRef root, MonthSpan span, SubtreeFigures figures) => new(UnitNameDto.From(root), span.From, span.To, figures.Total.ToList(), figures.Own.ToList(),
        [.. figures.Children.Select(c => new ChildFiguresDto(c.Child.Id, c.Child.Name, c.Figures.ToList()))]);
}

public sealed record ChildFiguresDto(long Id, string Name, List<FigureDto> Values);

/// <summary>GET /api/v1/reports: one period of the unit and of its direct children.</summary>
public sealed record ReportOverviewDto(UnitNameDto Unit, string Kind, int Year, int Number, DateOnly Deadline, ReportLineDto Own, List<FigureDto> ChildrenReported, IReadOnlyList<ReportLineDto> Children)
{
    public static ReportOverviewDto From(UnitRef root, ReportOverview o) => new(UnitNameDto.From(root), o.Kind.ToString(), o.Year, o.Number, o.Deadline,
        ReportLineDto.From(o.Own), o.ChildrenReported.ToList(), [.. o.Children.Select(ReportLineDto.From)]);
}

/// <summary>A unit's period: its state, live and reported figures, and what changed after closing.</summary>
public sealed record ReportLineDto(UnitNameDto Unit, ReportPeriodDto? Period, List<FigureDto> Live, List<FigureDto>? Reported, bool Late, List<string> ChangedAfterClose)
{
    public static ReportLineDto From(ReportLine l) => new(UnitNameDto.From(l.Unit), l.Period is null ? null : ReportPeriodDto.From(l.Period),
        l.Live.ToList(), l.Reported?.ToList(), l.Late, l.Changed.ToList());
}

public sealed record ReportPeriodDto(long Id, long UnitId, string Kind, int Year, int Number, string Status, DateTime? ClosedUtc, string? ClosedBy, DateTime? SubmittedUtc,
    DateTime? ReopenedUtc, string? ReopenedBy, string? ReopenReason, long Version)
{
    public static ReportPeriodDto From(ReportPeriod p) => new(p.Id, p.UnitId, p.Kind.ToString(), p.Year, p.Number, p.Status.ToString(), p.ClosedUtc, p.ClosedBy, p.SubmittedUtc,
        p.ReopenedUtc, p.ReopenedBy, p.ReopenReason, p.Version);
}

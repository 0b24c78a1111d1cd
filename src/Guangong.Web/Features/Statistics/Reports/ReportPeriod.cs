using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Statistics.Reports;

public enum PeriodKind
{
    [Display(Name = "月")] Month = 1,
    [Display(Name = "季度")] Quarter = 2,
    [Display(Name = "年度")] Year = 3,
}

public enum PeriodStatus
{
    [Display(Name = "未关账")] Open = 1,
    [Display(Name = "已关账")] Closed = 2,
    [Display(Name = "已上报")] Submitted = 3,
    [Display(Name = "已重新打开")] Reopened = 4,
}

/// <summary>
/// A unit's reporting period (a month, a quarter or a year). Closing snapshots the unit's subtree figures
/// for the period (<see cref="Snapshot"/>, JSON of <see cref="FigureDto"/>); submitting sends them up;
/// only a unit above reopens it, with a reason. The year's row also carries the figures typed into the
/// annual return where the platform has none (<see cref="Typed"/>).
/// </summary>
public class ReportPeriod : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public PeriodKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>Month 1–12, quarter 1–4, 0 for the year.</summary>
    public int Number { get; set; }

    public PeriodStatus Status { get; set; } = PeriodStatus.Open;

    public string? Snapshot { get; set; }

    public string? Typed { get; set; }

    public DateTime? ClosedUtc { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public DateTime? ReopenedUtc { get; set; }

    public string? ReopenedBy { get; set; }

    public string? ReopenReason { get; set; }

    public long Version { get; set; }

    public MonthSpan Span => Kind switch
    {
        PeriodKind.Month => new((Year * 100) + Number, (Year * 100) + Number),
        PeriodKind.Quarter => new((Year * 100) + (Number * 3) - 2, (Year * 100) + (Number * 3)),
        _ => MonthSpan.Year(Year),
    };

    public string Title => Kind switch
    {
        PeriodKind.Month => $"{Year}年{Number}月",
        PeriodKind.Quarter => $"{Year}年第{Number}季度",
        _ => $"{Year}年度",
    };

    /// <summary>Reports are due on the 10th of the month after the period (the year's on 15 January).</summary>
    public static DateOnly Deadline(PeriodKind kind, int year, int number) => kind switch
    {
        PeriodKind.Month => new DateOnly(year, number, 1).AddMonths(1).AddDays(9),
        PeriodKind.Quarter => new DateOnly(year, number * 3, 1).AddMonths(1).AddDays(9),
        _ => new DateOnly(year + 1, 1, 15),
    };

    public bool IsClosed => Status is PeriodStatus.Closed or PeriodStatus.Submitted;
}

public sealed class ReportPeriodConfiguration : IEntityTypeConfiguration<ReportPeriod>
{
    public void Configure(EntityTypeBuilder<ReportPeriod> builder)
    {
        builder.ToTable("ReportPeriods");
        builder.Property(p => p.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(p => p.Snapshot).HasMaxLength(200000);
        builder.Property(p => p.Typed).HasMaxLength(20000);
        builder.Property(p => p.ClosedBy).HasMaxLength(60);
        builder.Property(p => p.ReopenedBy).HasMaxLength(60);
        builder.Property(p => p.ReopenReason).HasMaxLength(500);
        builder.HasIndex(p => new { p.UnitId, p.Kind, p.Year, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.UnitPath, p.Year });
    }
}

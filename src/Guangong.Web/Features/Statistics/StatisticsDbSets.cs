using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Features.Statistics.Rollup;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Statistics slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<RollupCell> RollupCells => Set<RollupCell>();

    public DbSet<RollupSubtreeCell> RollupSubtreeCells => Set<RollupSubtreeCell>();

    public DbSet<RosterTally> RosterTallies => Set<RosterTally>();

    public DbSet<RosterSubtreeTally> RosterSubtreeTallies => Set<RosterSubtreeTally>();

    public DbSet<TaskTally> TaskTallies => Set<TaskTally>();

    public DbSet<TaskSubtreeTally> TaskSubtreeTallies => Set<TaskSubtreeTally>();

    public DbSet<ReportPeriod> ReportPeriods => Set<ReportPeriod>();
}

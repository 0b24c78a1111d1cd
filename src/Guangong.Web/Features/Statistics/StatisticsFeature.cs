using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Statistics;

public static class StatisticsFeature
{
    public static IServiceCollection AddStatisticsFeature(this IServiceCollection services)
    {
        services.AddSingleton<ISaveFollower, RollupFollower>();
        services.AddSingleton<ISaveFollower, RosterTallyFollower>();
        services.AddSingleton<ISaveFollower, TaskTallyFollower>();
        services.AddScoped<RollupRebuild>();
        services.AddSingleton<Organization.IUnitMoveFollower, RollupSubtreeAfterMove>();
        services.AddSingleton<Organization.IUnitMoveFollower, RosterSubtreeAfterMove>();
        services.AddSingleton<Organization.IUnitMoveFollower, TaskSubtreeAfterMove>();
        services.AddScoped<Activities.IActivityYearTotals, RollupYearTotals>();
        services.AddScoped<People.IRosterCount, TallyRosterCount>();
        services.AddScoped<Activities.IClosedMonths, ClosedMonths>();
        services.AddScoped<AssignmentsAsOf>();
        services.AddScoped<StatisticsQuery>();
        services.AddScoped<ReportCommands>();
        services.AddScoped<ReportDirectory>();
        services.AddScoped<Dashboard>();
        services.AddScoped<Compare>();
        services.AddScoped<Annual.AnnualReturns>();

        // The audit log reads each typed figure of the annual return by its line's name, old → new.
        services.AddSingleton(new Audit.AuditFigureNames(nameof(Reports.ReportPeriod), nameof(Reports.ReportPeriod.Typed),
            Annual.AnnualReturn.TypedLines.ToDictionary(l => l.Id, l => $"{l.Label}（{l.Measure}）")));
        return services;
    }
}

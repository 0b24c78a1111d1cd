using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>Answers <see cref="IActivityYearTotals"/> from the cells in the scope (through the scope filter): two indexed sums.</summary>
public sealed class RollupYearTotals(GuangongDbContext db) : IActivityYearTotals
{
    public async Task<(int Activities, decimal Hours)> SinceAsync(DateOnly from, CancellationToken ct = default)
    {
        var period = (from.Year * 100) + from.Month;
        var activities = await db.RollupCells.Where(c => c.Indicator == ActivitiesHeld.Code && c.Period >= period).SumAsync(c => (long?)c.Value, ct) ?? 0;
        var tenths = await db.RollupCells.Where(c => c.Indicator == HoursRecorded.Code && c.Period >= period).SumAsync(c => (long?)c.Value, ct) ?? 0;
        return ((int)activities, tenths / 10m);
    }
}

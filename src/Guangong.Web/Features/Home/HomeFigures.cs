using Guangong.Web.Features.Activities;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Home;

/// <summary>
/// The start page's counts for the year, all through the scope filter: the roster from the scope unit's subtree
/// tally, activities and hours from the roll-up cells (issue 18.3: a district's home page no longer counts
/// its hundreds of thousands of activities and hour lines on every view).
/// </summary>
public sealed class HomeFigures(GuangongDbContext db, IActivityYearTotals totals)
{
    public async Task<(int Volunteers, int Activities, decimal Hours)> YearAsync(int year, CancellationToken ct = default)
    {
        // A unit's roster is its subtree tally (one breakdown sums to everyone on it), kept with every save; a district's
        // count no longer walks its 100,000 volunteers. Without a unit (the whole platform) the roster is counted.
        var volunteers = db.Scope.UnitId is { } unitId
            ? await db.RosterSubtreeTallies.Where(t => t.UnitId == unitId && t.Dimension == IndicatorCatalog.VolunteersByCategory.Code).SumAsync(t => t.Count, ct)
            : await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Active, ct);
        var (activities, hours) = await totals.SinceAsync(new DateOnly(year, 1, 1), ct);
        return (volunteers, activities, hours);
    }
}

using Guangong.Web.Features.Activities;
using Guangong.Web.Features.People;

namespace Guangong.Web.Features.Home;

/// <summary>
/// The start page's counts for the year, all through the scope filter: the roster from the scope unit's subtree
/// tally (<see cref="IRosterCount"/>), activities and hours from the roll-up cells (issue 18.3: a district's home page no longer counts
/// its hundreds of thousands of activities and hour lines on every view).
/// </summary>
public sealed class HomeFigures(IRosterCount roster, IActivityYearTotals totals)
{
    public async Task<(int Volunteers, int Activities, decimal Hours)> YearAsync(int year, CancellationToken ct = default)
    {
        var volunteers = await roster.ActiveAsync(ct);
        var (activities, hours) = await totals.SinceAsync(new DateOnly(year, 1, 1), ct);
        return (volunteers, activities, hours);
    }
}

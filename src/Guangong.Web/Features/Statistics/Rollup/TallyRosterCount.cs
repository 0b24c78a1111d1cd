using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// Answers <see cref="IRosterCount"/> from the scope unit's subtree tally: one breakdown (category) sums to everyone on
/// the roster, kept with every save of a volunteer, so a district's count is a few rows, not its 100,000 volunteers.
/// Without a unit (the whole platform) the roster is counted.
/// </summary>
public sealed class TallyRosterCount(GuangongDbContext db) : IRosterCount
{
    public async Task<int> ActiveAsync(CancellationToken ct = default) =>
        db.Scope is { IsSystem: false, UnitId: { } unit }
            ? await db.RosterSubtreeTallies.Where(t => t.UnitId == unit && t.Dimension == VolunteersByCategory.Code).SumAsync(t => t.Count, ct)
            : await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Active, ct);
}

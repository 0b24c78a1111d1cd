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

    /// <summary>The subtree tally's two breakdowns: a few dozen rows for a district.</summary>
    public async Task<(IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> ByLayer)> ActiveByAsync(CancellationToken ct = default)
    {
        if (db.Scope is { IsSystem: false, UnitId: { } unit })
        {
            var rows = await db.RosterSubtreeTallies.AsNoTracking()
                .Where(t => t.UnitId == unit && (t.Dimension == VolunteersByCategory.Code || t.Dimension == VolunteersByLayer.Code))
                .Select(t => new { t.Dimension, t.Key, t.Count }).ToListAsync(ct);
            IReadOnlyDictionary<string, int> Of(string dimension) =>
                rows.Where(r => r.Dimension == dimension && r.Count != 0).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
            return (Of(VolunteersByCategory.Code), Of(VolunteersByLayer.Code));
        }

        // The whole platform's roster grouped once by both, then summed each way.
        var groups = await db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active)
            .GroupBy(v => new { v.Category, v.Layer }).Select(g => new { g.Key.Category, g.Key.Layer, Count = g.Count() }).ToListAsync(ct);
        return (
            groups.GroupBy(g => g.Category ?? string.Empty).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.GroupBy(g => g.Layer ?? string.Empty).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

    /// <summary>From the monthly roll-ups of joining and leaving (<see cref="ScopeCells"/>), summed by year in the database.</summary>
    public async Task<IReadOnlyDictionary<int, (int Joined, int Left)>> MovesByYearAsync(CancellationToken ct = default)
    {
        var cells = await ScopeCells.Of(db, VolunteersJoined.Code, VolunteersLeft.Code)
            .GroupBy(c => new { Year = c.Period / 100, c.Indicator }).Select(g => new { g.Key.Year, g.Key.Indicator, Value = g.Sum(c => c.Value) }).ToListAsync(ct);
        return cells.GroupBy(c => c.Year).Where(g => g.Any(c => c.Value != 0)).ToDictionary(
            g => g.Key,
            g => ((int)g.Where(c => c.Indicator == VolunteersJoined.Code).Sum(c => c.Value), (int)g.Where(c => c.Indicator == VolunteersLeft.Code).Sum(c => c.Value)));
    }
}

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

        var active = db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active);
        return (
            await active.GroupBy(v => v.Category ?? string.Empty).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct),
            await active.GroupBy(v => v.Layer ?? string.Empty).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
    }

    /// <summary>From the monthly roll-ups of joining and leaving (the subtree's rows for a unit): a few rows a month.</summary>
    public async Task<IReadOnlyDictionary<int, (int Joined, int Left)>> MovesByYearAsync(CancellationToken ct = default)
    {
        // Summed by year in the database: for the whole platform (no unit) the cells are every unit's months.
        var cells = db.Scope is { IsSystem: false, UnitId: { } unit }
            ? await db.RollupSubtreeCells.AsNoTracking().Where(c => c.UnitId == unit && (c.Indicator == VolunteersJoined.Code || c.Indicator == VolunteersLeft.Code))
                .GroupBy(c => new { Year = c.Period / 100, c.Indicator }).Select(g => new { g.Key.Year, g.Key.Indicator, Value = g.Sum(c => c.Value) }).ToListAsync(ct)
            : await db.RollupCells.AsNoTracking().Where(c => c.Indicator == VolunteersJoined.Code || c.Indicator == VolunteersLeft.Code)
                .GroupBy(c => new { Year = c.Period / 100, c.Indicator }).Select(g => new { g.Key.Year, g.Key.Indicator, Value = g.Sum(c => c.Value) }).ToListAsync(ct);
        return cells.GroupBy(c => c.Year).Where(g => g.Any(c => c.Value != 0)).ToDictionary(
            g => g.Key,
            g => ((int)g.Where(c => c.Indicator == VolunteersJoined.Code).Sum(c => c.Value), (int)g.Where(c => c.Indicator == VolunteersLeft.Code).Sum(c => c.Value)));
    }
}

using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>One month's value of an indicator for the scope, read from either roll-up table.</summary>
public sealed class ScopeCell
{
    /// <summary>Year × 100 + month.</summary>
    public int Period { get; init; }

    public string Indicator { get; init; } = string.Empty;

    public long Value { get; init; }
}

/// <summary>
/// The roll-up values that sum to the scope's figures: the scope unit's own subtree rows (a district's month is a few
/// rows, whatever its size), or for the whole platform, which has no unit, every unit's own cells (they sum to the
/// same). The one place that makes this choice; callers filter the months and sum as they need.
/// </summary>
internal static class ScopeCells
{
    public static IQueryable<ScopeCell> Of(GuangongDbContext db, params string[] indicators)
    {
        // The indicators as constants: a fixed pair per caller, the first column of the roll-up's covering index.
        return db.Scope is { IsSystem: false, UnitId: { } unit }
            ? db.RollupSubtreeCells.AsNoTracking().Where(c => c.UnitId == unit && EF.Constant(indicators).Contains(c.Indicator))
                .Select(c => new ScopeCell { Period = c.Period, Indicator = c.Indicator, Value = c.Value })
            : db.RollupCells.AsNoTracking().Where(c => EF.Constant(indicators).Contains(c.Indicator))
                .Select(c => new ScopeCell { Period = c.Period, Indicator = c.Indicator, Value = c.Value });
    }
}

using System.Linq.Expressions;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>Answers <see cref="IActivityYearTotals"/> from the scope's roll-up values (<see cref="ScopeCells"/>): one indexed read.</summary>
public sealed class RollupYearTotals(GuangongDbContext db) : IActivityYearTotals
{
    public async Task<(int Activities, decimal Hours)> SinceAsync(DateOnly from, CancellationToken ct = default)
    {
        var period = (from.Year * 100) + from.Month;
        var sums = await ScopeCells.Of(db, ActivitiesHeld.Code, HoursRecorded.Code).Where(c => c.Period >= period)
            .GroupBy(c => c.Indicator).Select(g => new { Indicator = g.Key, Value = g.Sum(c => c.Value) }).ToListAsync(ct);
        return ((int)sums.Where(s => s.Indicator == ActivitiesHeld.Code).Sum(s => s.Value), sums.Where(s => s.Indicator == HoursRecorded.Code).Sum(s => s.Value) / 10m);
    }

    /// <summary>From the unit's subtree rows of activities held by category: a few rows a month by index.</summary>
    public async Task<int?> LatestYearAsync(long unitId, int thisYear, IReadOnlyList<string> categoryWords, CancellationToken ct = default)
    {
        var latest = await Held(unitId, categoryWords).Where(c => c.Period <= thisYear * 100 + 12).MaxAsync(c => (int?)c.Period, ct);
        return latest / 100;
    }

    /// <summary>The same rows of one year: its categories, a dozen months of a few keys.</summary>
    public async Task<IReadOnlyList<string>> CategoriesAsync(long unitId, int year, IReadOnlyList<string> categoryWords, CancellationToken ct = default) =>
        await Held(unitId, categoryWords).Where(c => c.Period >= year * 100 + 1 && c.Period <= year * 100 + 12).Select(c => c.Key).Distinct().ToListAsync(ct);

    private IQueryable<RollupSubtreeCell> Held(long unitId, IReadOnlyList<string> categoryWords)
    {
        var cell = Expression.Parameter(typeof(RollupSubtreeCell), "c");
        var key = Expression.Property(cell, nameof(RollupSubtreeCell.Key));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var named = categoryWords.Select(w => (Expression)Expression.Call(key, contains, Expression.Constant(w)))
            .Aggregate(Expression.OrElse);
        return db.RollupSubtreeCells.AsNoTracking()
            .Where(c => c.UnitId == unitId && c.Indicator == ActivitiesHeld.Code && c.Value > 0)
            .Where(Expression.Lambda<Func<RollupSubtreeCell, bool>>(named, cell));
    }
}

using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Reports;

/// <summary>
/// Which months are closed: a month, quarter or year that a unit closed (or closed and reported) covers the
/// months of its own records and of every unit below it, until a unit above reopens it.
/// </summary>
public static class ClosedPeriods
{
    /// <summary>
    /// The sentence refusing a change of the figures of these (unit path, month) pairs, or null when none is
    /// closed. Called by the roll-up upkeep, outside the scope: the closing unit may lie above the writer.
    /// </summary>
    public static async Task<string?> RefusalAsync(GuangongDbContext db, IReadOnlyCollection<(string UnitPath, int Period)> months, CancellationToken ct)
    {
        var years = months.Select(m => m.Period / 100).Distinct().ToList();
        var closed = await db.ReportPeriods.AsNoTracking()
            .Where(p => years.Contains(p.Year) && (p.Status == PeriodStatus.Closed || p.Status == PeriodStatus.Submitted))
            .Select(p => new { Period = p, Unit = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(ct);
        foreach (var (path, period) in months.OrderBy(m => m.Period))
        {
            var by = closed.FirstOrDefault(c => path.StartsWith(c.Period.UnitPath, StringComparison.Ordinal)
                && c.Period.Span.From <= period && period <= c.Period.Span.To);
            if (by is not null)
            {
                var done = by.Period.Status == PeriodStatus.Submitted ? "关账并上报" : "关账";
                return $"{period / 100}年{period % 100}月的统计数字已由{by.Unit}{done}，这个月的记录不能再增删或改动数字。确需更正，请{by.Unit}的上级单位在“关账上报”页重新打开该期间（须写明原因）后再改。";
            }
        }

        return null;
    }
}

/// <summary>Answers the activity form's <see cref="Activities.IClosedMonths"/> with the same rule the save applies.</summary>
public sealed class ClosedMonths(GuangongDbContext db) : Activities.IClosedMonths
{
    public async Task<string?> RefusalAsync(IReadOnlyCollection<(string UnitPath, DateOnly Date)> months, CancellationToken ct = default)
    {
        // The closing unit may lie above the writer, as in the roll-up upkeep: only period states are read.
        using var outside = db.Scope.ReadOutside(Infrastructure.Scoping.OutsideReasons.RollupUpkeep);
        return await ClosedPeriods.RefusalAsync(db, [.. months.Select(m => (m.UnitPath, (m.Date.Year * 100) + m.Date.Month))], ct);
    }
}

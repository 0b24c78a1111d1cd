namespace Guangong.Web.Features.Activities;

/// <summary>
/// Port: activities held (已开展) and service hours recorded in the scope from a date on, answered from the
/// roll-up cells by Statistics (the same figures as counting the records, at a cost that does not grow with them).
/// </summary>
public interface IActivityYearTotals
{
    Task<(int Activities, decimal Hours)> SinceAsync(DateOnly from, CancellationToken ct = default);

    /// <summary>The latest year up to <paramref name="thisYear"/> with an activity held in the unit's subtree whose category names one of the words; null for none.</summary>
    Task<int?> LatestYearAsync(long unitId, int thisYear, IReadOnlyList<string> categoryWords, CancellationToken ct = default);

    /// <summary>The categories of the activities held in the unit's subtree in the year whose names hold one of the words.</summary>
    Task<IReadOnlyList<string>> CategoriesAsync(long unitId, int year, IReadOnlyList<string> categoryWords, CancellationToken ct = default);
}

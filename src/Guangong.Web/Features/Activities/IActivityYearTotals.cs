namespace Guangong.Web.Features.Activities;

/// <summary>
/// Port: activities held (已开展) and service hours recorded in the scope from a date on, answered from the
/// roll-up cells by Statistics (the same figures as counting the records, at a cost that does not grow with them).
/// </summary>
public interface IActivityYearTotals
{
    Task<(int Activities, decimal Hours)> SinceAsync(DateOnly from, CancellationToken ct = default);
}

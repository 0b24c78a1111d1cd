namespace Guangong.Web.Features.People;

/// <summary>
/// A volunteer's service hours as the ledger sums them. The ledger belongs to activities, which sit above
/// the roster, so the roster asks through this port and the activities slice answers (<c>AddActivitiesFeature()</c>).
/// </summary>
public interface IServiceHourTotals
{
    Task<decimal> TotalHoursAsync(long volunteerId, CancellationToken ct);
}

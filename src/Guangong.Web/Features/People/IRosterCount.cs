namespace Guangong.Web.Features.People;

/// <summary>
/// Port: how many volunteers of the scope are on the roster (在册) now, answered by Statistics from the scope unit's
/// subtree roster tally (the same figure as counting them, at a cost that does not grow with the roster).
/// </summary>
public interface IRosterCount
{
    Task<int> ActiveAsync(CancellationToken ct = default);
}

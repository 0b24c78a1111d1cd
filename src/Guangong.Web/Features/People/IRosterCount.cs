namespace Guangong.Web.Features.People;

/// <summary>
/// Port: how many volunteers of the scope are on the roster (在册) now, answered by Statistics from the scope unit's
/// subtree roster tally (the same figure as counting them, at a cost that does not grow with the roster).
/// </summary>
public interface IRosterCount
{
    Task<int> ActiveAsync(CancellationToken ct = default);

    /// <summary>The scope's volunteers on the roster by category and by layer (the key as entered, empty when not filled in).</summary>
    Task<(IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> ByLayer)> ActiveByAsync(CancellationToken ct = default);

    /// <summary>
    /// Per year of the change, how many joined the roster (became 在册 from nothing or 拟吸纳) and how many left it (became
    /// 退出 or 已故 from neither): the dashboard's 新增五老 and 减少五老.
    /// </summary>
    Task<IReadOnlyDictionary<int, (int Joined, int Left)>> MovesByYearAsync(CancellationToken ct = default);
}

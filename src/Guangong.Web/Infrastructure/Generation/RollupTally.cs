using Guangong.Web.Features.Statistics.Rollup;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// The roll-up cells of the generated records, summed while they are made: the same cells
/// <see cref="RollupRebuild"/> would compute (one unit's own figures per month, indicator and key, zeros not kept).
/// </summary>
internal sealed class RollupTally(IdSource ids)
{
    private readonly Dictionary<(long Unit, int Period, string Indicator, string Key), long> _values = [];
    private readonly Dictionary<long, string> _paths = [];

    public void Add(long unit, string path, DateOnly date, string indicator, string key, long value)
    {
        _paths[unit] = path;
        var cell = (unit, (date.Year * 100) + date.Month, indicator, key);
        _values[cell] = _values.GetValueOrDefault(cell) + value;
    }

    public IEnumerable<RollupCell> Cells() =>
        _values.Where(v => v.Value != 0)
            .OrderBy(v => v.Key.Unit).ThenBy(v => v.Key.Period).ThenBy(v => v.Key.Indicator, StringComparer.Ordinal).ThenBy(v => v.Key.Key, StringComparer.Ordinal)
            .Select(v => new RollupCell
            {
                Id = ids.Cell++, UnitId = v.Key.Unit, UnitPath = _paths[v.Key.Unit], Period = v.Key.Period,
                Indicator = v.Key.Indicator, Key = v.Key.Key, Value = v.Value,
            });
}

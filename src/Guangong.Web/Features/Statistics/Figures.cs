using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Statistics.Indicators;

namespace Guangong.Web.Features.Statistics;

/// <summary>Stored indicator values by (code, key); a code's total is the sum over its keys.</summary>
public sealed class Figures
{
    private readonly Dictionary<(string Code, string Key), long> _values = [];

    /// <summary>For figures read from a closing's snapshot: the indicators it lists, those at zero included.</summary>
    private HashSet<string>? _listed;

    public IEnumerable<KeyValuePair<(string Code, string Key), long>> All => _values;

    public void Add(string code, string key, long value)
    {
        if (value != 0)
        {
            _values[(code, key)] = _values.GetValueOrDefault((code, key)) + value;
        }
    }

    public void AddAll(Figures other)
    {
        foreach (var ((code, key), value) in other._values)
        {
            Add(code, key, value);
        }
    }

    public long Stored(string code, string key = "") => _values.GetValueOrDefault((code, key));

    public long StoredTotal(string code) => _values.Where(v => v.Key.Code == code).Sum(v => v.Value);

    public decimal Total(Indicator indicator) => indicator.Figure(StoredTotal(indicator.Code));

    public decimal Value(Indicator indicator, string key) => indicator.Figure(Stored(indicator.Code, key));

    public IEnumerable<string> Keys(string code) => _values.Keys.Where(k => k.Code == code).Select(k => k.Key).Order(StringComparer.Ordinal);

    public List<FigureDto> ToList() =>
        [.. _values.OrderBy(v => v.Key.Code, StringComparer.Ordinal).ThenBy(v => v.Key.Key, StringComparer.Ordinal)
            .Select(v => new FigureDto(v.Key.Code, v.Key.Key, IndicatorCatalog.Find(v.Key.Code)?.Figure(v.Value) ?? v.Value))];

    /// <summary>
    /// A snapshot taken before an indicator existed has no figure for it: shown as not recorded, not as 0 (a closed
    /// 2023 return would print 本年暂停 0, and the period page flag a change after closing). Later snapshots list every
    /// indicator (<see cref="WithZeros"/>).
    /// </summary>
    public bool Lacks(Indicator indicator) =>
        _listed is not null && !_listed.Contains(indicator.Code) && IndicatorCatalog.AddedAfterFirstSnapshots.Contains(indicator.Code);

    /// <summary>The figures as a snapshot keeps them: every indicator listed, a zero one too.</summary>
    public List<FigureDto> WithZeros()
    {
        var list = ToList();
        list.AddRange(IndicatorCatalog.All.Where(i => !_values.Keys.Any(k => k.Code == i.Code)).Select(i => new FigureDto(i.Code, string.Empty, 0)));
        return list;
    }

    public static Figures From(IEnumerable<FigureDto> list)
    {
        var figures = new Figures { _listed = [] };
        foreach (var f in list)
        {
            figures._listed.Add(f.Code);
            var scale = IndicatorCatalog.Find(f.Code)?.Scale ?? 1;
            figures.Add(f.Code, f.Key, (long)decimal.Round(f.Value * scale));
        }

        return figures;
    }
}

/// <summary>One figure as the API and the snapshots carry it: the value already scaled (hours, not tenths).</summary>
public sealed record FigureDto(string Code, string Key, decimal Value);

/// <summary>A unit as statistics name it.</summary>
public sealed record UnitRef(long Id, string Name, string Path, UnitLevel Level, UnitKind Kind, long? ParentId);

/// <summary>A range of months, yyyymm to yyyymm inclusive.</summary>
public readonly record struct MonthSpan(int From, int To)
{
    public static MonthSpan Year(int year) => new((year * 100) + 1, (year * 100) + 12);

    public int Year0 => From / 100;

    /// <summary>Whether the span's last month is over on <paramref name="today"/>: a period may be closed only then.</summary>
    public bool EndedBy(DateOnly today) => To < (today.Year * 100) + today.Month;

    public string Text => From == To ? $"{From / 100}年{From % 100}月"
        : From / 100 == To / 100 && From % 100 == 1 && To % 100 == 12 ? $"{From / 100}年"
        : $"{From / 100}年{From % 100}月至{To / 100}年{To % 100}月";
}

/// <summary>A subtree's values for a span, and the same for each direct child (and the root unit's own records).</summary>
public sealed record SubtreeFigures(UnitRef Unit, MonthSpan Span, Figures Total, Figures Own, IReadOnlyList<(UnitRef Child, Figures Figures)> Children);

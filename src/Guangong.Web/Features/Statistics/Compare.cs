using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Infrastructure.Exports;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics;

public sealed record CompareRow(UnitRef Unit, Figures This, Figures Last);

public sealed record CompareTable(UnitRef Unit, int Year, IReadOnlyList<CompareRow> Rows, CompareRow Total, string Sort, bool Descending);

/// <summary>
/// The side-by-side table: the direct children of a unit as rows, indicators as columns, this year beside
/// last year, sortable by any column (<c>?sort=code&amp;desc=true</c>), and its Excel export.
/// </summary>
public sealed class Compare(StatisticsQuery statistics, ExcelExport excel)
{
    public static readonly IReadOnlyList<Indicator> Columns =
    [
        ActivitiesHeld, Youth, HoursVerified, HoursRecorded, TrainingHours, VolunteersByLayer, VolunteersJoined,
        StationsByStage, ArticlesAdopted, Patrols, CafeInspections, ZeroCrime, TasksDone, TasksOverdue,
    ];

    public static string ColumnName(Indicator i) => i == VolunteersByLayer ? "在册五老" : i == StationsByStage ? "辅导站" : i.Name;

    public async Task<CompareTable> TableAsync(UnitRef unit, int year, string? sort, bool descending, CancellationToken ct = default)
    {
        var now = await statistics.FiguresAsync(unit, MonthSpan.Year(year), ct);
        var before = await statistics.FiguresAsync(unit, MonthSpan.Year(year - 1), ct);
        var rows = now.Children.Select(c => new CompareRow(c.Child, c.Figures, before.Children.First(b => b.Child.Id == c.Child.Id).Figures)).ToList();
        if (now.Own.All.Any() || before.Own.All.Any())
        {
            rows.Add(new CompareRow(unit with { Name = "本级" }, now.Own, before.Own));
        }

        var column = Columns.FirstOrDefault(c => c.Code == sort);
        IEnumerable<CompareRow> sorted = column is null ? rows
            : descending ? rows.OrderByDescending(r => r.This.StoredTotal(column.Code)) : rows.OrderBy(r => r.This.StoredTotal(column.Code));
        return new CompareTable(unit, year, [.. sorted], new CompareRow(unit with { Name = "合计" }, now.Total, before.Total), column?.Code ?? string.Empty, descending && column is not null);
    }

    public Task<IResult> ExportAsync(CompareTable table, CancellationToken ct = default)
    {
        var rows = table.Rows.Append(table.Total).Select(r =>
        {
            var row = new Dictionary<string, object?> { ["单位"] = r.Unit.Name };
            foreach (var c in Columns)
            {
                row[$"{ColumnName(c)}（{c.Measure}）{table.Year}年"] = r.This.Total(c);
                row[$"{ColumnName(c)}（{c.Measure}）{table.Year - 1}年"] = r.Last.Total(c);
            }

            return row;
        });
        return excel.FileAsync(rows, $"{table.Unit.Name}下级单位指标对比{table.Year}", "Statistics", $"单位编号={table.Unit.Id}；年度={table.Year}", ct);
    }
}

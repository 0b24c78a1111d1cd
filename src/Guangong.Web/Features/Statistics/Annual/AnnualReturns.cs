using System.Globalization;
using System.Text.Json;
using Guangong.Documents.Official;
using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Statistics.Annual;

public sealed record AnnualReturnView(UnitRef Unit, int Year, ReportPeriod? Period, IReadOnlyList<(ReturnTable Table, IReadOnlyList<ReturnFigure> Figures)> Tables)
{
    /// <summary>Once the year is closed the return shows the figures as closed, not live ones.</summary>
    public bool Closed => Period is { IsClosed: true };
}

/// <summary>The annual return of a unit: filled from the indicators (or the year's snapshot once closed), typed lines saved on the year's period, exported as .xlsx and .docx.</summary>
public sealed class AnnualReturns(GuangongDbContext db, StatisticsQuery statistics, ReportCommands periods, ExcelExport excel)
{
    public async Task<AnnualReturnView> LoadAsync(UnitRef unit, int year, CancellationToken ct = default)
    {
        var period = await periods.FindAsync(unit.Id, PeriodKind.Year, year, 0, ct);
        var figures = period is { IsClosed: true } ? ReportCommands.SnapshotOf(period) : (await statistics.FiguresAsync(unit, MonthSpan.Year(year), ct)).Total;
        return new AnnualReturnView(unit, year, period, AnnualReturn.Fill(figures, TypedOf(period)));
    }

    public static Dictionary<string, decimal> TypedOf(ReportPeriod? period) =>
        period?.Typed is { } json ? JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [] : [];

    /// <summary>Saves the typed lines (field name = line id); blank clears a line. Refused once the year is closed.</summary>
    public async Task<CommandResult<ReportPeriod>> SaveTypedAsync(UnitRef unit, int year, IReadOnlyDictionary<string, string?> values, CancellationToken ct = default)
    {
        var period = await periods.FindAsync(unit.Id, PeriodKind.Year, year, 0, ct) ?? new ReportPeriod { UnitId = unit.Id, Kind = PeriodKind.Year, Year = year };
        if (period.IsClosed)
        {
            return CommandResult<ReportPeriod>.Invalid(string.Empty, $"{year}年度已关账，填报数不能再改；如需修改，请上级重新打开。");
        }

        var errors = new List<FieldError>();
        var typed = new Dictionary<string, decimal>();
        foreach (var line in AnnualReturn.TypedLines)
        {
            var text = TypedDigits.Number(values.GetValueOrDefault(line.Id))?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var parsed = decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v);
            if (parsed && v > 100_000_000m)
            {
                errors.Add(new FieldError(line.Id, $"“{line.Label}”数字过大，请核对（不超过1亿）。"));
                continue;
            }

            if (!parsed || decimal.Round(v, 2) != v)
            {
                errors.Add(new FieldError(line.Id, line.Whole ? $"“{line.Label}”应为不小于0的整数。" : $"“{line.Label}”应为不小于0的数，最多两位小数。"));
                continue;
            }

            if (line.Whole && v != decimal.Truncate(v))
            {
                errors.Add(new FieldError(line.Id, $"“{line.Label}”按{line.Measure}计，应为整数。"));
                continue;
            }

            typed[line.Id] = v;
        }

        if (errors.Count > 0)
        {
            return CommandResult<ReportPeriod>.Invalid(errors);
        }

        period.Typed = JsonSerializer.Serialize(typed);
        if (period.Id == 0)
        {
            db.ReportPeriods.Add(period);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult<ReportPeriod>.Ok(period);
    }

    public Task<IResult> XlsxAsync(AnnualReturnView view, CancellationToken ct = default) =>
        excel.FileAsync(view.Tables.SelectMany(t => t.Figures.Select(f => new Dictionary<string, object?>
        {
            ["表"] = t.Table.Title,
            ["项目"] = f.Line.Label,
            ["计量单位"] = f.Line.Measure,
            ["数值"] = f.Value,
            ["来源"] = f.Source,
        })), $"{view.Unit.Name}{view.Year}年度统计报表", "Statistics", $"单位编号={view.Unit.Id}；年度={view.Year}", ct);

    /// <summary>
    /// The return as the district receives it: the lines and their figures, with the form's footer for the head and the
    /// person filling it in. Dated and signed on the day the year was closed; while it is open the export says the figures
    /// may still change and leaves the date to be written by hand.
    /// </summary>
    public static (byte[] Bytes, string FileName) Docx(AnnualReturnView view)
    {
        var blocks = new List<OfficialBlock> { new OfficialParagraph($"填报单位：{view.Unit.Name}　　统计年度：{view.Year}年") };
        if (!view.Closed)
        {
            blocks.Add(new OfficialParagraph($"（{view.Year}年度尚未关账，表中为导出时的数，还会随记录变动。）"));
        }

        foreach (var (table, figures) in view.Tables)
        {
            blocks.Add(new OfficialHeading(1, table.Title));
            blocks.Add(new OfficialTable(["项目", "计量单位", "数值"],
                [.. figures.Select(f => (IReadOnlyList<string>)[f.Line.Label, f.Line.Measure, f.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? ""])],
                [9, 3, 4]));
        }

        blocks.Add(new OfficialParagraph("单位负责人：　　　　　　填表人："));
        if (!view.Closed)
        {
            blocks.Add(new OfficialParagraph("填报日期：　　　　年　　月　　日"));
        }

        var document = new OfficialDocument
        {
            Title = $"{view.Unit.Name}{view.Year}年度统计报表",
            Body = blocks,
            // An open year's return is signed and dated by hand (the footer's 填报日期); a closed one on its closing day.
            IssuerSignature = view.Closed ? view.Unit.Name : null,
            Date = view.Period?.ClosedUtc is { } closed && view.Closed ? DateOnly.FromDateTime(ChinaTime.ToLocal(closed)) : null,
        };
        return (OfficialDocumentWriter.ToBytes(document), $"{view.Unit.Name}{view.Year}年度统计报表.docx");
    }
}

using System.Globalization;
using System.Text.Json;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Reports;

/// <summary>A period as a form or the API names it; every field is text, checked with Chinese messages.</summary>
public sealed class PeriodInput
{
    public string? Unit { get; set; }

    /// <summary>month, quarter or year.</summary>
    public string? Kind { get; set; }

    public string? Year { get; set; }

    public string? Number { get; set; }

    public string? Reason { get; set; }
}

/// <summary>Close (snapshot), submit (上报) and reopen (by a unit above, with a reason) a unit's period.</summary>
public sealed class ReportCommands(GuangongDbContext db, StatisticsQuery statistics, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<CommandResult<ReportPeriod>> CloseAsync(PeriodInput input, CancellationToken ct = default)
    {
        var (key, errors) = Read(input);
        if (key is null)
        {
            return CommandResult<ReportPeriod>.Invalid(errors);
        }

        var unit = await statistics.UnitAsync(key.Value.UnitId, ct);
        if (unit is null)
        {
            return CommandResult<ReportPeriod>.NotFound();
        }

        var (kind, year, number) = (key.Value.Kind, key.Value.Year, key.Value.Number);
        var period = await FindAsync(unit.Id, kind, year, number, ct) ?? new ReportPeriod { UnitId = unit.Id, Kind = kind, Year = year, Number = number };
        if (period.IsClosed)
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Number), $"{period.Title}已关账，不能重复关账；如需修改，请上级重新打开。");
        }

        if (!period.Span.EndedBy(ChinaTime.Today(clock)))
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Number), $"{period.Title}尚未结束，结束后才能关账。");
        }

        var figures = await statistics.FiguresAsync(unit, period.Span, ct);
        period.Snapshot = JsonSerializer.Serialize(figures.Total.WithZeros(), Json);
        period.Status = PeriodStatus.Closed;
        period.ClosedUtc = clock.GetUtcNow().UtcDateTime;
        period.ClosedBy = db.ActorDisplayName;
        if (period.Id == 0)
        {
            db.ReportPeriods.Add(period);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult<ReportPeriod>.Ok(period);
    }

    public async Task<CommandResult<ReportPeriod>> SubmitAsync(long id, CancellationToken ct = default)
    {
        var period = await db.ReportPeriods.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (period is null)
        {
            return CommandResult<ReportPeriod>.NotFound();
        }

        if (period.Status != PeriodStatus.Closed)
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Number), period.Status == PeriodStatus.Submitted ? $"{period.Title}已上报。" : $"{period.Title}尚未关账，先关账再上报。");
        }

        period.Status = PeriodStatus.Submitted;
        period.SubmittedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return CommandResult<ReportPeriod>.Ok(period);
    }

    public async Task<CommandResult<ReportPeriod>> ReopenAsync(long id, string? reason, CancellationToken ct = default)
    {
        var period = await db.ReportPeriods.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (period is null)
        {
            return CommandResult<ReportPeriod>.NotFound();
        }

        if (db.Scope.Path is { } own && period.UnitPath == own)
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Reason), "本单位的报表只能由上级重新打开。");
        }

        if (!period.IsClosed)
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Reason), $"{period.Title}未关账，无需重新打开。");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < 4)
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Reason), "请写明重新打开的原因（至少4个字）。");
        }

        if (reason.Length > 500)
        {
            return CommandResult<ReportPeriod>.Invalid(nameof(PeriodInput.Reason), "原因最多500字。");
        }

        period.Status = PeriodStatus.Reopened;
        period.ReopenedUtc = clock.GetUtcNow().UtcDateTime;
        period.ReopenedBy = db.ActorDisplayName;
        period.ReopenReason = reason;
        await db.SaveChangesAsync(ct);
        return CommandResult<ReportPeriod>.Ok(period);
    }

    public Task<ReportPeriod?> FindAsync(long unitId, PeriodKind kind, int year, int number, CancellationToken ct = default) =>
        db.ReportPeriods.SingleOrDefaultAsync(p => p.UnitId == unitId && p.Kind == kind && p.Year == year && p.Number == number, ct);

    public static Figures SnapshotOf(ReportPeriod period) =>
        period.Snapshot is null ? new Figures() : Figures.From(JsonSerializer.Deserialize<List<FigureDto>>(period.Snapshot, Json) ?? []);

    /// <summary>Reads and checks a period's fields.</summary>
    public static ((long? UnitId, PeriodKind Kind, int Year, int Number)? Key, List<FieldError> Errors) Read(PeriodInput input)
    {
        var errors = new List<FieldError>();
        long? unit = null;
        if (!string.IsNullOrWhiteSpace(input.Unit))
        {
            if (long.TryParse(input.Unit, NumberStyles.None, CultureInfo.InvariantCulture, out var u))
            {
                unit = u;
            }
            else
            {
                errors.Add(new(nameof(PeriodInput.Unit), "单位无效。"));
            }
        }

        PeriodKind? kind = input.Kind?.Trim().ToLowerInvariant() switch
        {
            "month" or "月" => PeriodKind.Month,
            "quarter" or "季度" => PeriodKind.Quarter,
            "year" or "年度" => PeriodKind.Year,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new(nameof(PeriodInput.Kind), "期别只能是月、季度或年度。"));
        }

        // The period's fields come from the API's JSON as well as forms and addresses, which the form middleware does not
        // see: full-width digits (２０２６, １２) are read here.
        var year = Components.Shared.QueryValue.Year(Infrastructure.Text.TypedDigits.Number(input.Year)?.Trim());
        if (year is null)
        {
            errors.Add(new(nameof(PeriodInput.Year), "年度应为2000–2100之间的四位数。"));
        }

        var number = 0;
        if (kind is PeriodKind.Month or PeriodKind.Quarter)
        {
            var max = kind == PeriodKind.Month ? 12 : 4;
            if (!int.TryParse(Infrastructure.Text.TypedDigits.Number(input.Number)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > max)
            {
                errors.Add(new(nameof(PeriodInput.Number), kind == PeriodKind.Month ? "月份应为1–12。" : "季度应为1–4。"));
            }
        }

        return errors.Count > 0 ? (null, errors) : ((unit, kind!.Value, year!.Value, number), errors);
    }
}

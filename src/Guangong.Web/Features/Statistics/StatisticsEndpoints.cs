using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Statistics.Indicators;
using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Statistics;

public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/indicators", () => IndicatorCatalog.All.Select(IndicatorDto.From))
            .RequireAuthorization(Policies.CanReadStatistics).WithTags("统计").WithSummary("指标目录：代码、名称、口径、计量单位");

        app.MapGet("/api/v1/statistics", async (string? unit, string? from, string? to, StatisticsQuery query, TimeProvider clock, CancellationToken ct) =>
            {
                var (span, error) = SpanReader.Read(from, to, ChinaTime.Today(clock).Year);
                if (span is null)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [error!] }, title: "提交的数据有误");
                }

                long? unitId = null;
                if (!string.IsNullOrWhiteSpace(unit))
                {
                    unitId = Components.Shared.QueryValue.Long(unit);
                    if (unitId is null)
                    {
                        return Results.NotFound();
                    }
                }

                if (await query.UnitAsync(unitId, ct) is not { } root)
                {
                    return Results.NotFound();
                }

                var figures = await query.FiguresAsync(root, span.Value, ct);
                return Results.Ok(SubtreeFiguresDto.Of(root, span.Value, figures));
            })
            .RequireAuthorization(Policies.CanReadStatistics).WithTags("统计")
            .WithSummary("一个单位及其下级在一段时间（from/to：2026-01 至 2026-12，默认今年）的指标值，含各直属下级的分列；月度指标按月累计，现状指标按截止年度");

        app.MapGet("/statistics/compare/export", async (string? unit, string? year, string? sort, string? desc, StatisticsQuery query, Compare compare, TimeProvider clock, CancellationToken ct) =>
            {
                var root = await query.UnitAsync(Components.Shared.QueryValue.Long(unit), ct);
                if (root is null || (!string.IsNullOrEmpty(unit) && Components.Shared.QueryValue.Long(unit) is null))
                {
                    return Results.NotFound();
                }

                var y = Components.Shared.QueryValue.Year(year) ?? ChinaTime.Today(clock).Year;
                return await compare.ExportAsync(await compare.TableAsync(root, y, sort, Components.Shared.QueryValue.Flag(desc), ct), ct);
            })
            .RequireAuthorization(Policies.CanReadStatistics).ExcludeFromDescription();

        app.MapGet("/statistics/annual/{format:regex(^(xlsx|docx)$)}", async (string format, string? unit, string? year, StatisticsQuery query, Annual.AnnualReturns returns, TimeProvider clock, CancellationToken ct) =>
            {
                var unitId = Components.Shared.QueryValue.Long(unit);
                if ((!string.IsNullOrEmpty(unit) && unitId is null) || await query.UnitAsync(unitId, ct) is not { } root)
                {
                    return Results.NotFound();
                }

                var view = await returns.LoadAsync(root, Components.Shared.QueryValue.Year(year) ?? ChinaTime.Today(clock).Year, ct);
                if (format == "xlsx")
                {
                    return await returns.XlsxAsync(view, ct);
                }

                var (bytes, name) = Annual.AnnualReturns.Docx(view);
                return Results.File(bytes, Guangong.Documents.MediaTypes.Docx, name);
            })
            .RequireAuthorization(Policies.CanReadStatistics).ExcludeFromDescription();

        var reports = app.MapGroup("/api/v1/reports").RequireAuthorization(Policies.CanReadStatistics).WithTags("统计上报");
        reports.MapGet("/", async (string? unit, string? kind, string? year, string? number, StatisticsQuery query, ReportDirectory directory, TimeProvider clock, CancellationToken ct) =>
        {
            var today = ChinaTime.Today(clock);
            var (key, errors) = ReportCommands.Read(new PeriodInput { Unit = unit, Kind = kind ?? "year", Year = year ?? today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Number = number });
            if (key is null)
            {
                return CommandResult<int>.Invalid(errors).ToHttpResult(x => x);
            }

            if (await query.UnitAsync(key.Value.UnitId, ct) is not { } root)
            {
                return Results.NotFound();
            }

            var o = await directory.OverviewAsync(root, key.Value.Kind, key.Value.Year, key.Value.Number, ct);
            return Results.Ok(ReportOverviewDto.From(root, o));
        }).WithSummary("一期（kind=month|quarter|year, year, number）本单位和各直属下级的关账、上报情况，上报数与实时数并列");
        var write = reports.MapGroup(string.Empty).RequireAuthorization(Policies.CanReportStatistics);
        write.MapPost("/close", async (PeriodInput input, ReportCommands commands, CancellationToken ct) =>
            (await commands.CloseAsync(input, ct)).ToHttpResult(ReportPeriodDto.From)).WithSummary("关账：快照本期数据（unit, kind, year, number）");
        write.MapPost("/{id:long}/submit", async (long id, ReportCommands commands, CancellationToken ct) =>
            (await commands.SubmitAsync(id, ct)).ToHttpResult(ReportPeriodDto.From)).WithSummary("上报已关账的一期");
        reports.MapPost("/{id:long}/reopen", async (long id, PeriodInput input, ReportCommands commands, CancellationToken ct) =>
            (await commands.ReopenAsync(id, input.Reason, ct)).ToHttpResult(ReportPeriodDto.From))
            .RequireAuthorization(Policies.CanReopenReports).WithSummary("上级重新打开下级已关账的一期（reason 必填）");
        return app;
    }
}

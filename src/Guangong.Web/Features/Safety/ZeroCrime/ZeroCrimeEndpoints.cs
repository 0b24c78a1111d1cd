using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Safety.ZeroCrime;

public static class ZeroCrimeEndpoints
{
    public static IEndpointRouteBuilder MapZeroCrimeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/zero-crime").RequireAuthorization().WithTags("未成年人零犯罪村（社区）");
        api.MapGet("/", async (string? year, ZeroCrimeRecords records, CancellationToken ct) =>
        {
            var y = QueryValue.Year(year) ?? await records.DefaultYearAsync(ct);
            var lines = await records.YearAsync(y, ct);
            return Results.Ok(new
            {
                year = y,
                summary = ZeroCrimeRecords.Summary(y, lines),
                units = lines.Select(l => new
                {
                    l.UnitId, l.UnitName, state = l.Status?.State.ToString() ?? nameof(ZeroCrimeState.Pending), stateName = l.Status is { } s ? EnumText.Of(s.State) : "待核实",
                    offences = l.Status?.Offences, source = l.Status?.Source, receivedOn = l.Status?.ReceivedOn, note = l.Status?.Note, streak = l.Streak, version = l.Status?.Version,
                }),
            });
        }).WithSummary("某年范围内各村（社区）的零犯罪状态、违法犯罪数（只有数量）与连续零犯罪年数");
        api.MapPut("/", async (ZeroCrimeInput input, ZeroCrimeRecords records, CancellationToken ct) =>
            (await records.SetAsync(input, ct)).ToHttpResult(z => new { z.Id, z.UnitId, z.Year, state = z.State.ToString(), z.Offences, z.Source, z.ReceivedOn, z.Note, z.Version }))
            .WithSummary("镇关工委干事认定某村（社区）某年的状态（unitId、year、state、offences、source、receivedOn、note、version）");
        return app;
    }
}

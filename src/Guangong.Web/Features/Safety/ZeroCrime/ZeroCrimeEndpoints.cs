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
            return Results.Ok(new ZeroCrimeYearDto(y, ZeroCrimeRecords.Summary(y, lines), [.. lines.Select(ZeroCrimeUnitDto.From)]));
        }).WithSummary("某年范围内各村（社区）的零犯罪状态、违法犯罪数（只有数量）与连续零犯罪年数");
        api.MapPut("/", async (ZeroCrimeInput input, ZeroCrimeRecords records, CancellationToken ct) =>
            (await records.SetAsync(input, ct)).ToHttpResult(ZeroCrimeSetDto.From))
            .WithSummary("镇关工委干事认定某村（社区）某年的状态（unitId、year、state、offences、source、receivedOn、note、version）");
        return app;
    }
}

public sealed record ZeroCrimeYearDto(int Year, string Summary, IReadOnlyList<ZeroCrimeUnitDto> Units);

public sealed record ZeroCrimeUnitDto(long UnitId, string UnitName, string State, string StateName, int? Offences, string? Source, DateOnly? ReceivedOn, string? Note, int Streak, long? Version)
{
    public static ZeroCrimeUnitDto From(ZeroCrimeLine l) => new(
        l.UnitId, l.UnitName, l.Status?.State.ToString() ?? nameof(ZeroCrimeState.Pending), l.Status is { } s ? EnumText.Of(s.State) : "待核实",
        l.Status?.Offences, l.Status?.Source, l.Status?.ReceivedOn, l.Status?.Note, l.Streak, l.Status?.Version);
}

public sealed record ZeroCrimeSetDto(long Id, long UnitId, int Year, string State, int Offences, string? Source, DateOnly? ReceivedOn, string? Note, long Version)
{
    public static ZeroCrimeSetDto From(ZeroCrimeStatus z) => new(z.Id, z.UnitId, z.Year, z.State.ToString(), z.Offences, z.Source, z.ReceivedOn, z.Note, z.Version);
}

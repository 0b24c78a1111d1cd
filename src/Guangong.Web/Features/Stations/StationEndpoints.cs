using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Stations;

public static class StationEndpoints
{
    public static IEndpointRouteBuilder MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/stations").RequireAuthorization().WithTags("校外教育辅导站");
        api.MapGet("/", async (long? unit, StationDirectory stations, CancellationToken ct) =>
            (await stations.ListAsync(unit, ct)).Select(StationDto.From))
            .WithSummary("范围内的辅导站及其阶段、荣誉（unit: 只看某单位及其下级）");
        api.MapGet("/{id:long}", async (long id, StationDirectory stations, CancellationToken ct) =>
            await stations.DetailAsync(id, ct) is { } d
                ? Results.Ok(new
                {
                    station = StationDto.From(new StationRow(d.Station, d.Station.Unit!.Name, d.LastActivity, d.Inactive, StationDirectory.CurrentHonour(d.Station), null, null, null, null)),
                    activities = d.Log,
                    assessments = d.History.Years.Select(y => new { y.Id, y.Year, status = y.Status.ToString(), y.Total, y.Level, y.MaxTotal, groups = y.Groups }),
                })
                : Results.NotFound())
            .WithSummary("辅导站详情：活动记录、历年评估");
        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanAssessPrograms);
        write.MapPost("/", async (StationInput input, StationCommands commands, CancellationToken ct) =>
        {
            var result = await commands.SaveAsync(null, input, ct);
            return result.ToHttpResult(s => new { s.Id, s.Name, stage = s.Stage.ToString(), s.Version }, result.Value is { } s ? $"/api/v1/stations/{s.Id}" : null);
        }).WithSummary("登记辅导站");
        write.MapPut("/{id:long}", async (long id, StationInput input, StationCommands commands, CancellationToken ct) =>
            (await commands.SaveAsync(id, input, ct)).ToHttpResult(s => new { s.Id, s.Name, stage = s.Stage.ToString(), s.Version }))
            .WithSummary("修改辅导站及其阶段（须带上 version）");
        write.MapPost("/{id:long}/honours", async (long id, HonourInput input, StationCommands commands, CancellationToken ct) =>
            (await commands.AddHonourAsync(id, input, ct)).ToHttpResult(h => new { h.Id, h.Year, h.Title }))
            .WithSummary("登记荣誉（区优、市优）");
        return app;
    }
}

public sealed record StationDto(long Id, string Name, long UnitId, string UnitName, string Stage, string StageName, string? Honour, IReadOnlyList<HonourDto> Honours,
    string? CivilizationStation, string? Partners, string? Master, string? Tutors, string? Rooms, string? Equipment, string? OpeningHours, string? Phone,
    DateOnly? LastActivity, bool Inactive, long? AssessmentId, int? Gaps, long Version)
{
    public static StationDto From(StationRow r) => new(r.Station.Id, r.Station.Name, r.Station.UnitId, r.UnitName, r.Station.Stage.ToString(), EnumText.Of(r.Station.Stage), r.Honour,
        r.Station.Honours.OrderBy(h => h.Year).Select(h => new HonourDto(h.Year, h.Title, h.Lost)).ToList(),
        r.Station.CivilizationStation, r.Station.Partners, r.Station.Master, r.Station.Tutors, r.Station.Rooms, r.Station.Equipment, r.Station.OpeningHours, r.Station.Phone,
        r.LastActivity, r.Inactive, r.AssessmentId, r.Gaps, r.Station.Version);
}

public sealed record HonourDto(int Year, string Title, bool Lost);

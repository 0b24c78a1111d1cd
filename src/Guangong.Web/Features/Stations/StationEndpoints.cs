using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Stations;

public static class StationEndpoints
{
    public static IEndpointRouteBuilder MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/stations").RequireAuthorization().WithTags("校外教育辅导站");
        api.MapGet("/", async (string? unit, string? stage, string? inactive, string? page, StationList stations, CancellationToken ct) =>
        {
            var rows = await stations.PageAsync(StationFilter.From(unit, stage, inactive, page), ct);
            return new Organization.PageDto<StationDto>([.. rows.Items.Select(StationDto.From)], rows.Total, rows.Page, rows.PageSize);
        })
            .WithSummary("范围内的辅导站及其阶段、荣誉，每页20个（unit: 只看某单位及其下级；stage: Planned、Creating、Passed、Consolidating；inactive=1: 只看久无活动的；page）");
        api.MapGet("/{id:long}", async (long id, StationDirectory stations, CancellationToken ct) =>
            await stations.DetailAsync(id, ct) is { } d
                ? Results.Ok(StationDetailDto.From(d))
                : Results.NotFound())
            .WithSummary("辅导站详情：活动记录、历年评估");
        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanAssessPrograms);
        write.MapPost("/", async (StationInput input, StationCommands commands, CancellationToken ct) =>
        {
            var result = await commands.SaveAsync(null, input, ct);
            return result.ToHttpResult(SavedStationDto.From, result.Value is { } s ? $"/api/v1/stations/{s.Id}" : null);
        }).WithSummary("登记辅导站");
        write.MapPut("/{id:long}", async (long id, StationInput input, StationCommands commands, CancellationToken ct) =>
            (await commands.SaveAsync(id, input, ct)).ToHttpResult(SavedStationDto.From))
            .WithSummary("修改辅导站及其阶段（须带上 version）");
        write.MapPost("/{id:long}/honours", async (long id, HonourInput input, StationCommands commands, CancellationToken ct) =>
            (await commands.AddHonourAsync(id, input, ct)).ToHttpResult(SavedHonourDto.From))
            .WithSummary("登记荣誉（区优、市优）");
        return app;
    }
}

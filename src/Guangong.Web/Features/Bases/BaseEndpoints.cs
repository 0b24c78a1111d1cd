using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Bases;

public static class BaseEndpoints
{
    public static IEndpointRouteBuilder MapBaseEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/education-bases").RequireAuthorization().WithTags("教育基地");
        api.MapGet("/", async (BaseRegistry registry, CancellationToken ct) =>
            (await registry.ListAsync(ct)).Select(r => BaseDto.From(r.Base) with { Visits = r.Visits, YouthReached = r.YouthReached }))
            .WithSummary("范围内的教育基地及累计接待（来自在此举办的活动）");
        api.MapGet("/{id:long}", async (long id, BaseRegistry registry, CancellationToken ct) =>
            await registry.DetailAsync(id, ct) is { } d
                ? Results.Ok(BaseDetailDto.From(d))
                : Results.NotFound())
            .WithSummary("教育基地详情：接待活动与逐年合计");
        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanAssessPrograms);
        write.MapPost("/", async (BaseInput input, BaseRegistry registry, CancellationToken ct) =>
        {
            var result = await registry.SaveAsync(null, input, ct);
            return result.ToHttpResult(BaseDto.From, result.Value is { } b ? $"/api/v1/education-bases/{b.Id}" : null);
        }).WithSummary("登记教育基地（选择类别为教育基地的单位）");
        write.MapPut("/{id:long}", async (long id, BaseInput input, BaseRegistry registry, CancellationToken ct) =>
            (await registry.SaveAsync(id, input, ct)).ToHttpResult(BaseDto.From))
            .WithSummary("修改教育基地（须带上 version）");
        return app;
    }
}

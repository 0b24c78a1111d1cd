using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Privacy;

public static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/volunteers/{id:long}/erasure", async (long id, ErasureInput input, VolunteerErasure erasure, CancellationToken ct) =>
            (await erasure.EraseAsync(id, input, ct)).ToHttpResult(v => new ErasureDto(v.Id, v.Name, v.Status.ToString(), v.ErasedUtc, v.Version)))
            .RequireAuthorization(Policies.CanEraseVolunteers).WithTags("五老名册")
            .WithSummary("注销已退出或已故五老的个人信息（须带 reason 与读取时的 version；服务时长与统计数保留）");
        return app;
    }

    public sealed record ErasureDto(long Id, string Name, string Status, DateTime? ErasedUtc, long Version);
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

public static class OrganizationEndpoints
{
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/units/export", async ([AsParameters] UnitQueryString q, UnitDirectory units, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await units.Search(q.ToFilter()).ToListAsync(ct);
            return await excel.FileAsync(rows.Select(u => new UnitExportRow
            {
                Name = u.Name,
                Level = EnumText.Of(u.Level),
                Kind = EnumText.Of(u.Kind),
                ChildCount = u.ChildCount,
                UserCount = u.UserCount,
                Status = u.IsActive ? "启用" : "停用",
            }), "组织机构", nameof(Unit), q.Describe(), ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/units").RequireAuthorization().WithTags("组织机构");
        api.MapGet("/", async ([AsParameters] UnitQueryString q, UnitDirectory units, CancellationToken ct) =>
        {
            var page = await units.Search(q.ToFilter()).ToPagedListAsync(q.Page ?? 1, q.PageSize ?? PagedListExtensions.DefaultPageSize, ct);
            return new PageDto<UnitDto>(page.Items.Select(UnitDto.From).ToList(), page.Total, page.Page, page.PageSize);
        }).WithSummary("本单位及下级单位列表");
        api.MapGet("/{id:long}", async Task<Results<Ok<UnitDto>, NotFound>> (long id, UnitDirectory units, CancellationToken ct) =>
            await units.FindAsync(id, ct) is { } unit ? TypedResults.Ok(UnitDto.From(unit)) : TypedResults.NotFound())
            .WithSummary("单位详情");
        return app;
    }

    /// <summary>The unit list's query string, shared by the page, the export and the API.</summary>
    public sealed record UnitQueryString
    {
        public string? Q { get; init; }
        public UnitKind? Kind { get; init; }
        public UnitLevel? Level { get; init; }
        public string? Status { get; init; }
        public string? Sort { get; init; }
        public bool? Desc { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }

        public UnitFilter ToFilter() => new(Q, Kind, Level, Status, Sort, Desc ?? false);

        public string Describe() => string.Join("；", new[]
        {
            Q is { Length: > 0 } ? $"名称含“{Q}”" : null,
            Kind is { } k ? $"类型={EnumText.Of(k)}" : null,
            Level is { } l ? $"层级={EnumText.Of(l)}" : null,
            Status is { Length: > 0 } ? $"状态={Status}" : null,
        }.Where(s => s is not null)) is { Length: > 0 } d ? d : "全部";
    }
}

using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Exports;

namespace Guangong.Web.Features.Safety.CareCases;

public static class CareCaseEndpoints
{
    public static IEndpointRouteBuilder MapCareCaseEndpoints(this IEndpointRouteBuilder app)
    {
        // No policy on the case routes: a refused read must reach the gate to be logged, and answers 404 like an unknown id.
        app.MapGet("/care-cases/export", async (CareCaseDirectory cases, CareCaseAccess access, ExcelExport excel, CancellationToken ct) =>
        {
            if (await cases.ExportAsync(ct) is not { } rows)
            {
                await access.RefuseListAsync("导出", ct);
                return Results.NotFound();
            }

            return await excel.FileAsync(rows.Select(r => new { 编号 = r.Id, 类别 = r.Kind, 状态 = r.Status, 立案日期 = r.OpenedOn, 结案日期 = r.ClosedOn, 五老结对 = r.Mentor, 监护人同意 = r.Consent, 走访次数 = r.Visits }),
                "关爱个案", nameof(CareCase), "本站全部（不含姓名）", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/care-cases").RequireAuthorization().WithTags("关爱站个案");
        api.MapGet("/", async (string? status, CareCaseDirectory cases, CareCaseAccess access, CancellationToken ct) =>
        {
            if (await cases.ListAsync(EnumText.Parse<CareCaseStatus>(status), ct) is not { } rows)
            {
                await access.RefuseListAsync("接口", ct);
                return Results.NotFound();
            }

            return Results.Ok(rows.Select(CareCaseRowDto.From));
        }).WithSummary("本站个案列表（姓名遮蔽；仅本关爱工作站的个案工作者，其他人一律 404）");

        api.MapGet("/{id:long}", async (long id, CareCaseAccess access, CancellationToken ct) =>
            await access.OpenAsync(id, "接口", ct) is { } c ? Results.Ok(CareCaseDto.From(c)) : Results.NotFound())
            .WithSummary("个案详情（每次读取都记录；非本站个案工作者 404，并记录被拒绝的读取）");

        api.MapGet("/summary", async (string? year, CareCaseDirectory cases, CancellationToken ct) =>
        {
            var counts = await cases.SummaryAsync(QueryValue.Year(year), ct);
            return Results.Ok(counts.Select(CareCountDto.From));
        }).RequireAuthorization(Policies.CanReadCareSummary).WithSummary("范围内各关爱工作站个案数（按类别、状态；不含任何姓名）");

        api.MapPost("/{id:long}/visits", async (long id, CareStepInput input, CareCaseCommands commands, CancellationToken ct) =>
            (await commands.AddVisitAsync(id, input, ct)).ToHttpResult(CareCaseDto.From))
            .WithSummary("记录一次走访（name 为走访人，date 为日期，note 为情况）");
        api.MapPost("/{id:long}/close", async (long id, CareStepInput input, CareCaseCommands commands, CancellationToken ct) =>
            (await commands.CloseAsync(id, input, ct)).ToHttpResult(CareCaseDto.From))
            .WithSummary("结案（date、note，须带上读取时的 version）");
        api.MapPost("/{id:long}/erase", async (long id, CareStepInput input, CareCaseCommands commands, CancellationToken ct) =>
            (await commands.EraseAsync(id, input, ct)).ToHttpResult(CareCaseDto.From))
            .WithSummary("应申请匿名化已结案个案：删除个人信息，保留类别、状态、日期与走访次数（须带上 version）");
        return app;
    }
}

/// <summary>A case as its own case workers read it; an erased case has its personal fields null and says so.</summary>
public sealed record CareCaseDto(long Id, string Kind, string KindName, string Status, DateOnly OpenedOn, string? MinorName, int? BirthYear, string? School, string? Situation,
    string? Mentor, DateOnly? PairedOn, string? GuardianName, string? GuardianRelation, DateOnly? ConsentOn, DateOnly? ClosedOn, string? ClosureNote,
    bool Erased, string? ErasedNote, IReadOnlyList<CareVisitDto> Visits, long Version)
{
    public static CareCaseDto From(CareCase c) => new(c.Id, c.Kind.ToString(), EnumText.Of(c.Kind), c.Status.ToString(), c.OpenedOn, c.MinorName, c.BirthYear, c.School, c.Situation,
        c.Mentor?.Name, c.PairedOn, c.GuardianName, c.GuardianRelation, c.ConsentOn, c.ClosedOn, c.ClosureNote,
        c.IsErased, c.IsErased ? CareCaseCommands.ErasedMessage : null, c.Visits.Select(v => new CareVisitDto(v.VisitedOn, v.Visitor, v.Note)).ToList(), c.Version);
}

public sealed record CareVisitDto(DateOnly VisitedOn, string Visitor, string? Note);

public sealed record CareCaseRowDto(long Id, string Kind, string KindName, string Status, string Name, DateOnly OpenedOn, DateOnly? ClosedOn, bool HasMentor, bool HasConsent, int Visits, bool Erased)
{
    public static CareCaseRowDto From(CareCaseRow r) =>
        new(r.Id, r.Kind.ToString(), EnumText.Of(r.Kind), r.Status.ToString(), r.MaskedName, r.OpenedOn, r.ClosedOn, r.HasMentor, r.HasConsent, r.Visits, r.Erased);
}

public sealed record CareCountDto(long StationId, string Station, string Kind, string KindName, int Open, int Closed, int Erased)
{
    public static CareCountDto From(CareCount c) => new(c.StationId, c.Station, c.Kind.ToString(), EnumText.Of(c.Kind), c.Open, c.Closed, c.Erased);
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Applications;

public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/applications/{id:long}/form.docx", async (long id, ApplicationForm form, CancellationToken ct) =>
            await form.WriteAsync(id, ct) is { } file
                ? Results.File(file.Bytes, Guangong.Documents.MediaTypes.Docx, file.FileName)
                : Results.NotFound())
            .RequireAuthorization().ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/applications").RequireAuthorization().WithTags("辅导站申报");
        api.MapGet("/", async (bool? queue, ApplicationDirectory directory, CancellationToken ct) => await directory.ListAsync(queue == true, ct))
            .WithSummary("范围内的申报（queue=true：下级报来、待审核的）");
        api.MapGet("/{id:long}", async (long id, ApplicationDirectory directory, CancellationToken ct) =>
            await directory.DetailAsync(id, ct) is { } d ? Results.Ok(ApplicationDto.From(d)) : Results.NotFound())
            .WithSummary("一份申报及其审核记录");
        var town = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanAssessPrograms);
        town.MapPost("/", async (ApplicationInput input, ApplicationCommands commands, CancellationToken ct) =>
        {
            var result = await commands.CreateAsync(input, ct);
            return result.ToHttpResult(ApplicationDto.Brief, result.Value is { } a ? $"/api/v1/applications/{a.Id}" : null);
        }).WithSummary("镇关工委为辅导站申报区优、市优（附最近一次评估）");
        town.MapPut("/{id:long}", async (long id, ApplicationInput input, ApplicationCommands commands, CancellationToken ct) =>
            (await commands.UpdateAsync(id, input, ct)).ToHttpResult(ApplicationDto.Brief))
            .WithSummary("修改申报（草稿或退回后；须带上 version）");
        town.MapPost("/{id:long}/submit", async (long id, VersionRequest request, ApplicationCommands commands, CancellationToken ct) =>
            (await commands.SubmitAsync(id, request.Version, ct)).ToHttpResult(ApplicationDto.Brief))
            .WithSummary("提交（或退回后重新提交）上级审核");
        var review = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanReviewPrograms);
        review.MapPut("/{id:long}/review", async (long id, ScoreInput input, ApplicationCommands commands, CancellationToken ct) =>
            (await commands.ReviewAsync(id, input, ct)).ToHttpResult(ApplicationDto.Brief))
            .WithSummary("上级逐项评分与意见（不能审核本单位）");
        review.MapPost("/{id:long}/approve", async (long id, VersionRequest request, ApplicationCommands commands, CancellationToken ct) =>
            (await commands.ApproveAsync(id, request.Version, ct)).ToHttpResult(ApplicationDto.Brief))
            .WithSummary("批准：辅导站获得该年度荣誉");
        review.MapPost("/{id:long}/return", async (long id, DecisionInput input, ApplicationCommands commands, CancellationToken ct) =>
            (await commands.ReturnAsync(id, input, ct)).ToHttpResult(ApplicationDto.Brief))
            .WithSummary("退回并说明理由");
        return app;
    }
}

public sealed record ApplicationEventDto(DateTime AtUtc, string Actor, string Action, string? Comment);

public sealed record ApplicationDto(long Id, long StationId, string StationName, long UnitId, int Year, string Title, string Status, string Narrative, string? ReturnReason, decimal? ReviewTotal, long AssessmentId,
    IReadOnlyList<ApplicationScoreDto> Scores, IReadOnlyList<ApplicationEventDto> History, long Version)
{
    public static ApplicationDto Brief(StationApplication a) => new(a.Id, a.StationId, a.StationName, a.UnitId, a.Year, a.Title, a.Status.ToString(), a.Narrative, a.ReturnReason, a.ReviewTotal, a.AssessmentId,
        a.Scores.Select(s => new ApplicationScoreDto(s.CriterionId, s.Score, s.Comment)).ToList(), [], a.Version);

    public static ApplicationDto From(ApplicationDetail d) => Brief(d.Application) with
    {
        History = d.History.Select(e => new ApplicationEventDto(e.AtUtc, e.Actor, e.Action, e.Comment)).ToList(),
    };
}

public sealed record ApplicationScoreDto(long CriterionId, decimal Score, string? Comment);

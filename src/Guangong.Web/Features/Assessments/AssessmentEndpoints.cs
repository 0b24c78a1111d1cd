using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Assessments;

public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        // Evidence of a self-assessment: the scope decides, as for the assessment itself (404 outside it).
        app.MapGet("/assessments/files/{id:long}", async (long id, string? thumb, GuangongDbContext db, EvidenceFiles files, CancellationToken ct) =>
        {
            var file = await db.FindInScopeAsync<AssessmentFile>(id, ct);
            var small = thumb is "1" or "true" && file?.HasThumbnail == true;
            var stream = file is null ? null : files.Open(file.StorageKey, small);
            if (file is null || stream is null)
            {
                return Results.NotFound();
            }

            return small ? Results.File(stream, "image/jpeg") : Results.File(stream, file.ContentType, file.FileName, enableRangeProcessing: true);
        }).RequireAuthorization().ExcludeFromDescription();

        var templates = app.MapGroup("/api/v1/assessment-templates").RequireAuthorization().WithTags("评估标准");
        templates.MapGet("/", async (TemplateCatalog catalog, CancellationToken ct) => await catalog.ListAsync(ct))
            .WithSummary("约束本单位的评估标准（本级及上级制定的最新版本）");
        templates.MapGet("/{id:long}", async (long id, TemplateCatalog catalog, CancellationToken ct) =>
            await catalog.FindAsync(id, ct) is { } t ? Results.Ok(TemplateDto.From(t)) : Results.NotFound())
            .WithSummary("评估标准的一个版本及其评分要点");
        var setTemplates = templates.MapGroup(string.Empty).RequireAuthorization(Policies.CanReviewPrograms);
        setTemplates.MapPost("/", async (TemplateInput input, CurrentUser me, TemplateCommands commands, CancellationToken ct) =>
        {
            if (me.ScopeUnitId is not { } unitId)
            {
                return Results.NotFound();
            }

            var result = await commands.CreateAsync(unitId, input, ct);
            return result.ToHttpResult(TemplateDto.From, result.Value is { } t ? $"/api/v1/assessment-templates/{t.Id}" : null);
        }).WithSummary("制定评估标准（约束本单位及下级）");
        setTemplates.MapPut("/{id:long}", async (long id, TemplateInput input, TemplateCommands commands, CancellationToken ct) =>
            (await commands.UpdateAsync(id, input, ct)).ToHttpResult(TemplateDto.From))
            .WithSummary("修改评估标准：已有评估使用的版本另存为新版本（须带上 version）");

        var assessments = app.MapGroup("/api/v1/assessments").RequireAuthorization().WithTags("年度评估");
        assessments.MapGet("/", async (int? year, string? program, string? status, AssessmentDirectory directory, CancellationToken ct) =>
            await directory.ListAsync(year, EnumText.Parse<ProgramKind>(program), EnumText.Parse<AssessmentStatus>(status), ct))
            .WithSummary("范围内的年度评估（program: Station/Workshop/Enterprise/EducationBase）");
        assessments.MapGet("/{id:long}", async (long id, AssessmentDirectory directory, CancellationToken ct) =>
            await directory.DetailAsync(id, ct) is { } d ? Results.Ok(AssessmentDto.From(d.Assessment)) : Results.NotFound())
            .WithSummary("一次评估：自评、佐证、审核得分");
        var assess = assessments.MapGroup(string.Empty).RequireAuthorization(Policies.CanAssessPrograms);
        assess.MapPost("/", async (StartAssessmentRequest request, AssessmentStarter starter, CancellationToken ct) =>
        {
            if (EnumText.Parse<ProgramKind>(request.Program) is not { } program)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["program"] = ["请选择项目：Station/Workshop/Enterprise/EducationBase。"] }, title: "提交的数据有误");
            }

            var result = await starter.StartAsync(program, request.SubjectId, request.Year, ct);
            return result.ToHttpResult(AssessmentDto.From, result.Value is { } a ? $"/api/v1/assessments/{a.Id}" : null);
        }).WithSummary("开始某对象某年度的评估（已开始则返回原评估）");
        assess.MapPut("/{id:long}/self-score", async (long id, ScoreInput input, AssessmentCommands commands, CancellationToken ct) =>
            (await commands.SelfScoreAsync(id, input, ct)).ToHttpResult(AssessmentDto.From))
            .WithSummary("自评打分与佐证（须带上 version）");
        assess.MapPost("/{id:long}/submit", async (long id, VersionRequest request, AssessmentCommands commands, CancellationToken ct) =>
            (await commands.SubmitAsync(id, request.Version, ct)).ToHttpResult(AssessmentDto.From))
            .WithSummary("提交上级审核（每项已打分、必需佐证齐全）");
        assessments.MapPut("/{id:long}/review", async (long id, ScoreInput input, AssessmentCommands commands, CancellationToken ct) =>
            (await commands.ReviewAsync(id, input, ct)).ToHttpResult(AssessmentDto.From))
            .RequireAuthorization(Policies.CanReviewPrograms)
            .WithSummary("上级审核：逐项得分与意见（不能审核本单位）");
        return app;
    }
}

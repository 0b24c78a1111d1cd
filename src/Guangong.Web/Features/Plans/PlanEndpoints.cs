using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/plans/export", async (string? year, PlanDirectory plans, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await plans.List(int.TryParse(year, out var y) ? y : null).ToListAsync(ct);
            return await excel.FileAsync(rows.Select(p => new { 年度 = p.Year, 标题 = p.Title, 单位 = p.UnitName, 任务数 = p.TaskCount }), "工作计划", nameof(WorkPlan), year ?? "全部", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/plans/assignments/export", async (string? show, PlanDirectory plans, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await plans.AssignmentsAsync(show, ct);
            return await excel.FileAsync(
                rows.Select(a => new
                {
                    计划 = a.PlanTitle, 任务编号 = a.Label, 任务 = a.TaskText, 责任单位 = a.UnitName,
                    期限 = a.DueDate, 频次 = a.Frequency ?? string.Empty, 进度百分比 = a.Percent, // a number: text such as "5%" sorted after "30%"
                    状态 = EnumText.Of(a.StatusOn(plans.Today)),
                    最近进展 = a.LastProgressOn,
                }),
                "我的任务", nameof(TaskAssignment), show switch { "soon" => "14天内到期（含已逾期）", "overdue" => "已逾期", "untouched" => "未开始", _ => "全部" }, ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/plans/{id:long}/docx", async (long id, PlanDocuments documents, CancellationToken ct) =>
            await documents.PlanAsync(id, ct) is { } d ? Results.File(d.Docx, Guangong.Documents.MediaTypes.Docx, d.FileName) : Results.NotFound())
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/plans/{id:long}/notice", async (long id, PlanDocuments documents, CancellationToken ct) =>
            await documents.NoticeAsync(id, ct) is { } d ? Results.File(d.Docx, Guangong.Documents.MediaTypes.Docx, d.FileName) : Results.NotFound())
            .RequireAuthorization(Policies.CanEditPlans).ExcludeFromDescription();
        app.MapGet("/plans/files/{id:long}", async (long id, GuangongDbContext db, EvidenceFiles files, CancellationToken ct) =>
        {
            var file = await db.FindInScopeAsync<ProgressFile>(id, ct);
            var stream = file is null ? null : files.Open(file.StorageKey, thumbnail: false);
            return file is null || stream is null ? Results.NotFound() : Results.File(stream, file.ContentType, file.FileName);
        }).RequireAuthorization().ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/plans").RequireAuthorization().WithTags("工作计划");
        api.MapPost("/parse", PlanParseEndpoint.HandleAsync)
            .WithSummary("解析计划文本：JSON {\"text\"}，或 multipart 上传 .txt/.docx；返回章节、条目、期限、目标、责任单位与附件名单")
            .DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(64L * 1024 * 1024));
        api.MapGet("/", async (string? year, string? page, PlanDirectory plans, CancellationToken ct) =>
        {
            var list = await plans.List(int.TryParse(year, out var y) ? y : null).ToPagedListAsync(Components.Shared.QueryValue.Page(page), PagedListExtensions.DefaultPageSize, ct);
            return new PageDto<PlanRow>(list.Items, list.Total, list.Page, list.PageSize);
        }).WithSummary("工作计划列表");
        api.MapGet("/{id:long}", async (long id, PlanDirectory plans, CancellationToken ct) =>
            await plans.ViewAsync(id, ct: ct) is { } v
                ? Results.Ok(PlanDetailDto.From(v))
                : Results.NotFound())
            .WithSummary("计划详情：章节、任务、各责任单位进度");
        // Paged like every list of the API: a district's thousands of open tasks are never sent in one answer (issue 18.3).
        api.MapGet("/assignments", async (string? show, string? page, PlanDirectory plans, CancellationToken ct) =>
        {
            var list = await plans.AssignmentPageAsync(show, Components.Shared.QueryValue.Page(page), ct);
            return new PageDto<AssignmentRow>(list.Items, list.Total, list.Page, list.PageSize);
        }).WithSummary("本单位及下级的未完成任务（show=soon|overdue|untouched；page=页码，每页20条）");
        api.MapGet("/assignments/{id:long}", async (long id, PlanDirectory plans, CancellationToken ct) =>
            await plans.AssignmentAsync(id, ct) is { } a
                ? Results.Ok(AssignmentDetailDto.From(a))
                : Results.NotFound())
            .WithSummary("分派给某单位的任务及其进展");
        api.MapPost("/assignments/{id:long}/progress", async (long id, ProgressInput input, ProgressCommands book, CancellationToken ct) =>
            (await book.AddProgressAsync(id, input.Date, input.Text, input.Percent, [], ct: ct)).ToHttpResult(SavedProgressDto.From, $"/api/v1/plans/assignments/{id}"))
            .RequireAuthorization(Policies.CanReportProgress)
            .WithSummary("报告进展（日期、说明、完成比例）");
        return app;
    }

    public sealed record ProgressInput(string? Date, string? Text, string? Percent);
}

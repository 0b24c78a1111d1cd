namespace Guangong.Web.Features.Plans;

public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/plans").RequireAuthorization().WithTags("工作计划");
        api.MapPost("/parse", PlanParseEndpoint.HandleAsync)
            .WithSummary("解析计划文本：JSON {\"text\"}，或 multipart 上传 .txt/.docx；返回章节、条目、期限、目标、责任单位与附件名单")
            .DisableAntiforgery();
        return app;
    }
}

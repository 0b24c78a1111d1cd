namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// How an error reaches an API caller: always problem+json with a Chinese title, never the HTML
/// error page (whose re-execution answered a failed PUT with 405) and never an empty body.
/// </summary>
public static class ApiProblem
{
    public static bool IsApi(HttpContext context) => IsApi(context.Request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求的内容有误",
        StatusCodes.Status401Unauthorized => "请先登录，或令牌已失效",
        StatusCodes.Status403Forbidden => "无权进行这个操作",
        StatusCodes.Status404NotFound => "记录不存在，或不在您的管理范围内",
        StatusCodes.Status405MethodNotAllowed => "这个地址不支持该请求方法",
        StatusCodes.Status409Conflict => "与已保存的记录冲突，没有保存",
        StatusCodes.Status413PayloadTooLarge => "提交的内容太大",
        StatusCodes.Status415UnsupportedMediaType => "不支持这种内容类型",
        StatusCodes.Status429TooManyRequests => "操作太频繁，请稍后再试",
        >= 500 => "服务器暂时无法完成这个操作，已保存的数据不受影响",
        _ => "请求无法完成",
    };

    /// <summary>For an API caller writes the problem now; for a page only sets the status, which the status page then shows.</summary>
    public static Task WriteOrSetStatusAsync(HttpContext context, int status, string? detail = null)
    {
        context.Response.StatusCode = status;
        return IsApi(context) ? WriteAsync(context, status, detail) : Task.CompletedTask;
    }

    public static Task WriteAsync(HttpContext context, int status, string? detail = null) =>
        Results.Problem(detail: detail, statusCode: status, title: TitleOf(status),
            extensions: new Dictionary<string, object?> { ["traceId"] = context.TraceIdentifier }).ExecuteAsync(context);
}

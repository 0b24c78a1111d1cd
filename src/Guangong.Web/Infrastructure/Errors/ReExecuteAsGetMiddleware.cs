using Microsoft.AspNetCore.Diagnostics;

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// The error and status pages are re-executed with the method of the request that failed, and routing runs
/// again before anything inside the re-executed pipeline could change it. A failed POST would reach the
/// status page as a POST, where the page's own form handling refuses it (no anti-forgery token) and the
/// refusal itself fails. So the method becomes GET before the re-execution starts: here for a status
/// answered without a body, in <see cref="RequestFaultHandler"/> for an exception.
/// </summary>
public sealed class ReExecuteAsGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Response is { HasStarted: false, StatusCode: >= 400 } && !ApiProblem.IsApi(context))
        {
            RenderOnly(context);
        }
    }

    /// <summary>Whether this is the error or status page re-executed for a request that already failed.</summary>
    public static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    public static void RenderOnly(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }
    }
}

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// Gives an API answer that ended in an error status without a body (401 from the authentication
/// handler, 404 from <c>Results.NotFound()</c>, 405 from routing) its problem+json body. Pages get
/// the status page instead (UseStatusCodePagesWithReExecute), which is switched off here for /api.
/// </summary>
public sealed class ApiProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiProblem.IsApi(context))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);
        if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null, ContentType: null })
        {
            await ApiProblem.WriteAsync(context, context.Response.StatusCode);
        }
    }
}

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// A form posted for a record that does not exist (or lies outside the user's scope) finds no form
/// to dispatch to, because the page rendered its 404 instead; Blazor then answers 400 with an English
/// sentence. This answers "see other" to the same address instead: the browser fetches it with GET and
/// shows the Chinese 404 page, so a stale or tampered post reads like the record it asked for.
/// </summary>
public sealed class UnknownFormMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType || context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && IsUnknownForm(context, buffer))
        {
            context.Response.Headers.ContentLength = null;
            context.Response.ContentType = null;
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && buffer.Length == 0)
        {
            // A page's refusal without a word (its anti-forgery token missing or stale): the Chinese status
            // page is re-executed for it, which needs the response to have no type yet.
            context.Response.ContentType = null;
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// Blazor's plain-text refusal of a post for a form the page did not render: the English sentence
    /// outside Development, an empty body in it. Our own 400s are Chinese HTML pages or problem JSON.
    /// </summary>
    private static bool IsUnknownForm(HttpContext context, MemoryStream buffer)
    {
        if (context.Response.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.Ordinal))
        {
            return false;
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)Math.Min(buffer.Length, 400));
        return text.Length == 0 || text.Contains("no form on the page currently has that name", StringComparison.Ordinal);
    }
}

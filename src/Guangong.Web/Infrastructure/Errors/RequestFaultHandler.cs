using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Diagnostics;

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// Decides what an unhandled exception means for the caller. A request that could not be read
/// (bad JSON, a body cut off) is the caller's 400, a record outside the scope is 403, anything else
/// is our 500 — except a save the storage refused (database locked, disk full: <see cref="StorageFaults"/>),
/// which is 503 with its own message. API callers get problem+json here; pages fall through to the
/// Chinese error page.
/// </summary>
public sealed class RequestFaultHandler(ILogger<RequestFaultHandler> logger) : IExceptionHandler
{
    public static int StatusOf(Exception exception) => exception switch
    {
        ScopeViolationException => StatusCodes.Status403Forbidden,
        Commands.WriteRefusedException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ when StorageFaults.Of(exception) is not null => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var status = StatusOf(exception);

        // By now the request has been pointed at the error page; what the caller asked for is kept here.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        var fault = StorageFaults.Of(exception);
        if (fault is not null)
        {
            logger.LogWarning("Not saved, {Fault}: {Method} {Path}: {Reason}", fault, context.Request.Method, path, exception.Message);
            context.Response.Headers.RetryAfter = StorageFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (status < 500)
        {
            logger.LogInformation("Refused {Method} {Path}: {Status} {Reason}", context.Request.Method, path, status, exception.Message);
        }

        if (!ApiProblem.IsApi(path) || context.Response.HasStarted)
        {
            // The Chinese error page is re-executed next; as a GET it only renders.
            ReExecuteAsGetMiddleware.RenderOnly(context);
            return false;
        }

        await ApiProblem.WriteAsync(context, status, exception is Commands.WriteRefusedException refused ? refused.Message
            : fault is { } f ? StorageFaults.MessageOf(f)
            : status == StatusCodes.Status400BadRequest ? "请检查提交的格式：JSON 的字段名和取值（字段值一律用字符串）。"
            : status == StatusCodes.Status413PayloadTooLarge ? RequestLimits.TooLargeMessage : null);
        return true;
    }
}

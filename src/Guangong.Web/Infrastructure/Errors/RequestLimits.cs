using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// Resource limits (issue 19.8). Body size: every endpoint takes at most <see cref="DefaultBodyBytes"/>
/// (1 MB, setting <c>Limits:RequestBodyBytes</c>) unless it says more with <c>[RequestSizeLimit]</c>
/// (the upload pages and API endpoints); a bigger body is 413 before anything reads it — a declared
/// length at once, a chunked one when the server stops reading — with a Chinese page or problem+json.
/// Rates (ASP.NET Core's rate limiter, 429 with Retry-After): token issue per address
/// (<c>Limits:TokensPerMinute</c>, 10) and uploads — a write to an endpoint with a larger size
/// limit — per user (<c>Limits:UploadsPerMinute</c>, 20). Sign-in pages are held back by
/// <c>SignInThrottle</c>; check-in codes by their own policy.
/// </summary>
public static class RequestLimits
{
    public const long DefaultBodyBytes = 1024 * 1024;

    public const string TokenPolicy = "token";

    public const string TooLargeMessage = "提交的内容太大：普通表单和接口不超过1MB；上传文件请使用带“上传”的表单，并注意单个文件的大小限制。";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var tokens = configuration.GetValue("Limits:TokensPerMinute", 10);
        var uploads = configuration.GetValue("Limits:UploadsPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask; // the status page (or problem+json for /api) gives the Chinese text
            };
            o.AddPolicy(TokenPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                "token:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = tokens, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsUpload(http)
                ? RateLimitPartition.GetFixedWindowLimiter("upload:" + (http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = uploads, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("other"));
        });
        return services;
    }

    /// <summary>The body limit of the request's endpoint: its own, or the default; null when it has none.</summary>
    public static long? BodyLimitOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own ? own.MaxRequestBodySize : DefaultBodyBytes;

    /// <summary>A write to an endpoint that accepts more than the default body: an upload.</summary>
    private static bool IsUpload(HttpContext http) =>
        !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && (BodyLimitOf(http) is not { } limit || limit > DefaultBodyBytes);

    /// <summary>Sets each request's body limit from its endpoint and refuses a declared length over it.</summary>
    public sealed class BodySizeMiddleware(RequestDelegate next)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            var limit = BodyLimitOf(context);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            // A re-executed error or status page sees the failed request's headers: it must render, not be refused
            // again; it is a GET and reads no form (ReExecuteAsGetMiddleware, FormInputMiddleware).
            if (limit is { } max && context.Request.ContentLength > max && !ReExecuteAsGetMiddleware.IsReExecution(context))
            {
                await ApiProblem.WriteOrSetStatusAsync(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage);
                return;
            }

            await next(context);
        }
    }
}

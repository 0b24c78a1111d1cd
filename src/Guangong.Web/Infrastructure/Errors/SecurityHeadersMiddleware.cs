namespace Guangong.Web.Infrastructure.Errors;

/// <summary>Headers from the security baseline that every response carries.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'inline-speculation-rules'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";

            // Only this site's own scripts run (no inline script, no other origin; the inline speculation rules
            // are data, not script: App.razor), forms post only
            // here and no one frames the pages. Inline style attributes stay allowed: progress bars
            // and chart sizes are set per element.
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

            // Pages and API answers show personal data: never keep them in a shared or browser cache.
            if (!IsStaticAsset(http.Request.Path))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(http);
    }

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js")
        || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/favicon.png");
}

using Guangong.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Guangong.Web.Features.Accounts;

/// <summary>Every request re-checks the cookie's server-side session, so a revoked session stops at once.</summary>
public sealed class CookieSessionValidation : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var secret = context.Principal?.FindFirst(GuangongClaims.Session)?.Value;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (await sessions.ValidateAsync(secret, context.HttpContext.RequestAborted) is { } live)
        {
            context.HttpContext.RequestServices.GetRequiredService<CurrentActor>().SessionStartedUtc = live.StartedUtc;
        }
        else
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    /// <summary>A plain 403 (pages get the Chinese status page), never a redirect that looks like success.</summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Status(context, StatusCodes.Status403Forbidden);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// "Authorization: Bearer …" for phone and mini-program clients. The token is the secret of a
/// server-side session, so it obeys the same idle, lifetime and revocation rules as a cookie.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionStore sessions,
    UserManager<AppUser> users,
    PasswordSignIn signIn,
    DataScope scope)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (await sessions.ValidateAsync(token, Context.RequestAborted) is not { } live)
        {
            return AuthenticateResult.Fail("令牌无效或已过期");
        }

        Context.RequestServices.GetRequiredService<CurrentActor>().SessionStartedUtc = live.StartedUtc;

        AppUser user;
        using (scope.ReadOutside(OutsideReasons.SessionCheck))
        {
            user = await users.Users.SingleAsync(u => u.Id == live.UserId, Context.RequestAborted);
        }

        var principal = await signIn.BuildPrincipalAsync(user, token);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

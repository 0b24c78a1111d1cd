namespace Guangong.Web.Features.Accounts;

/// <summary>
/// An administrator who must use an authenticator and has none is sent to set it up before
/// anything else, as a user with a one-time password is sent to change it.
/// </summary>
public sealed class TwoFactorEnrolmentMiddleware(RequestDelegate next)
{
    public const string EnrolPath = "/account/two-factor";

    private static readonly string[] Allowed = [EnrolPath, "/account/logout", "/account/change-password", "/account/elder-mode", "/login", "/_framework", "/lib", "/css", "/js", "/status", "/error"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.HasClaim(c => c.Type == GuangongClaims.MustEnrolTwoFactor) && !Allowed.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            if (Infrastructure.Errors.ApiProblem.IsApi(http))
            {
                await Infrastructure.Errors.ApiProblem.WriteAsync(http, StatusCodes.Status403Forbidden, "系统管理员须先在网页上开启两步验证。");
                return;
            }

            http.Response.Redirect(EnrolPath);
            return;
        }

        await next(http);
    }
}

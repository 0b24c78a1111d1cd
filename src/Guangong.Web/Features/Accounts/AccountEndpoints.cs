using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Errors;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Guangong.Web.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>Code: the authenticator's 6 digits (or a recovery code) for an account with two-step sign-in.</summary>
    public sealed record TokenRequest(string? UserName, string? Password, string? Code = null);

    public sealed record TokenResponse(string Token, DateTime ExpiresAt);

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").RequireAuthorization().ExcludeFromDescription();
        account.MapPost("/logout", async (HttpContext http, SessionStore sessions, GuangongDbContext db, IAntiforgery antiforgery, CurrentUser me) =>
        {
            // No form field is bound here, so nothing else checks the token: another site must not sign a user out.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Text("页面已过期，请刷新页面后再点“退出”。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            await sessions.EndAsync(http.User.FindFirst(GuangongClaims.Session)?.Value);
            db.AddAuditEvent(AuditActions.Logout, nameof(AppUser), http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
            await db.SaveChangesAsync();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            ElderModeDevice.Remember(http, me.ElderMode);
            return Results.LocalRedirect("/login");
        });
        account.MapPost("/elder-mode", async ([FromForm] string? returnUrl, OwnAccount own, CurrentUser me, HttpContext http) =>
        {
            await own.ToggleElderModeAsync();
            ElderModeDevice.Remember(http, !me.ElderMode);
            return Results.LocalRedirect(LocalPath.OrHome(returnUrl));
        });
        account.MapPost("/switch-unit", ([FromForm] long? unitId, HttpContext http) =>
        {
            // The middleware honours the cookie only for a unit inside the user's own scope.
            if (unitId is { } id)
            {
                http.Response.Cookies.Append(RequestContextMiddleware.UnitCookie, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            }
            else
            {
                http.Response.Cookies.Delete(RequestContextMiddleware.UnitCookie);
            }

            return Results.LocalRedirect("/");
        });

        app.MapGet("/admin/users/export", async (string? q, string? unit, string? role, string? status, UserDirectory users, Infrastructure.Exports.ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await users.AllAsync(q, Components.Shared.QueryValue.Long(unit), role, status, ct);
            return await excel.FileAsync(rows.Select(UserExportRow.From), "用户", nameof(AppUser), $"关键字={q};单位={unit};角色={role};状态={status}", ct);
        }).RequireAuthorization(Policies.CanAdminister).ExcludeFromDescription().AsPersonalDataExport();

        app.MapPost("/api/v1/auth/token", async (TokenRequest request, PasswordSignIn signIn, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["userName"] = ["请输入用户名和密码。"] });
            }

            var ip = http.Connection.RemoteIpAddress?.ToString();
            var agent = http.Request.Headers.UserAgent.ToString();
            var result = await signIn.SignInAsync(request.UserName, request.Password, SessionKind.ApiToken, ip, agent);
            if (result.Outcome == SignInOutcome.SecondFactorRequired && !string.IsNullOrWhiteSpace(request.Code))
            {
                result = await signIn.CompleteAsync(result.Ticket, request.Code, SessionKind.ApiToken, ip, agent);
            }

            return result.SessionSecret is null
                ? Results.Problem(result.Message, statusCode: StatusCodes.Status401Unauthorized, title: "登录失败",
                    extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = result.Outcome is SignInOutcome.SecondFactorRequired or SignInOutcome.WrongCode })
                : Results.Ok(new TokenResponse(result.SessionSecret, result.ExpiresUtc!.Value));
        })
        .AllowAnonymous()
        .DisableAntiforgery()
        .RequireRateLimiting(Infrastructure.Errors.RequestLimits.TokenPolicy)
        .WithTags("认证")
        .WithSummary("用户名和密码换取访问令牌")
        .Produces<TokenResponse>()
        .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }
}

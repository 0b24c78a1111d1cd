using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Guangong.Web.Features.Accounts;

public static class AccountEndpoints
{
    public sealed record TokenRequest(string? UserName, string? Password);

    public sealed record TokenResponse(string Token, DateTime ExpiresAt);

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").RequireAuthorization().ExcludeFromDescription();
        account.MapPost("/logout", async (HttpContext http, SessionStore sessions, GuangongDbContext db) =>
        {
            await sessions.EndAsync(http.User.FindFirst(GuangongClaims.Session)?.Value);
            db.AddAuditEvent(AuditActions.Logout, nameof(AppUser), http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
            await db.SaveChangesAsync();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        });
        account.MapPost("/elder-mode", async ([FromForm] string? returnUrl, OwnAccount own) =>
        {
            await own.ToggleElderModeAsync();
            return Results.LocalRedirect("/" + (returnUrl ?? string.Empty).TrimStart('/'));
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
        }).RequireAuthorization(Policies.CanAdminister).ExcludeFromDescription();

        app.MapPost("/api/v1/auth/token", async (TokenRequest request, PasswordSignIn signIn, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["userName"] = ["请输入用户名和密码。"] });
            }

            var result = await signIn.SignInAsync(request.UserName, request.Password, SessionKind.ApiToken,
                http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString());
            return result.SessionSecret is null
                ? Results.Problem(result.Message, statusCode: StatusCodes.Status401Unauthorized, title: "登录失败")
                : Results.Ok(new TokenResponse(result.SessionSecret, result.ExpiresUtc!.Value));
        })
        .AllowAnonymous()
        .DisableAntiforgery()
        .WithTags("认证")
        .WithSummary("用户名和密码换取访问令牌")
        .Produces<TokenResponse>()
        .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }
}

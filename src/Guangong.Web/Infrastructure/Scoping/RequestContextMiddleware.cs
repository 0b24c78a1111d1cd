using System.Security.Claims;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// After authentication: sets the request's data scope to the user's unit (or the unit chosen
/// in the switcher, if it lies inside it), records who is acting for the audit trail, and sends
/// a user who must change their password to that page first.
/// </summary>
public sealed class RequestContextMiddleware(RequestDelegate next)
{
    public const string UnitCookie = "gg-unit";

    private static readonly string[] AllowedWhilePasswordExpired =
        ["/account/change-password", "/account/logout", "/_framework", "/_content", "/lib", "/css", "/js", "/favicon", "/error", "/not-found"];

    public async Task InvokeAsync(HttpContext http, DataScope scope, CurrentActor actor, CurrentUser me, GuangongDbContext db)
    {
        actor.IpAddress = http.Connection.RemoteIpAddress?.ToString();
        if (http.User.Identity?.IsAuthenticated == true
            && long.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var user = await db.Users.IgnoreQueryFilters().AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.UserName, u.DisplayName, u.HomeUnitId, u.ElderMode })
                .SingleOrDefaultAsync(http.RequestAborted);
            if (user is not null)
            {
                var home = user.HomeUnitId is { } homeId
                    ? await db.Units.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(u => u.Id == homeId, http.RequestAborted)
                    : null;
                actor.SignedIn(userId, user.UserName!);
                me.SignedIn(userId, user.UserName!, user.DisplayName, http.User.FindAll(ClaimTypes.Role).Select(c => c.Value), home, user.ElderMode);
                if (home is not null)
                {
                    scope.Restrict(home.Id, home.Path);
                }
                else if (me.IsAdministrator)
                {
                    scope.Widen();
                }

                await ApplyUnitSwitchAsync(http, scope, me, db);

                if (http.User.HasClaim(c => c.Type == GuangongClaims.MustChangePassword)
                    && !AllowedWhilePasswordExpired.Any(p => http.Request.Path.StartsWithSegments(p)))
                {
                    if (http.Request.Path.StartsWithSegments("/api"))
                    {
                        http.Response.StatusCode = StatusCodes.Status403Forbidden;
                        await http.Response.WriteAsJsonAsync(new { error = "首次登录或密码重置后须先修改密码。" });
                        return;
                    }

                    http.Response.Redirect("/account/change-password");
                    return;
                }
            }
        }

        await next(http);
    }

    /// <summary>The switcher narrows the scope to one unit below the user's own; anything else is ignored.</summary>
    private static async Task ApplyUnitSwitchAsync(HttpContext http, DataScope scope, CurrentUser me, GuangongDbContext db)
    {
        if (!long.TryParse(http.Request.Cookies[UnitCookie], out var chosen) || chosen == me.HomeUnitId)
        {
            return;
        }

        // The query filter already limits this lookup to the user's own subtree.
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == chosen && u.IsActive)
            .Select(u => new { u.Id, u.Path, u.Name }).SingleOrDefaultAsync(http.RequestAborted);
        if (unit is not null)
        {
            scope.Restrict(unit.Id, unit.Path);
            me.ScopeUnitId = unit.Id;
            me.ScopeUnitName = unit.Name;
        }
    }
}

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
                if (home is not null && http.User.IsInRole(RoleNames.Correspondent) && await TownLetsCorrespondentsRecordAsync(db, home.Path, http.RequestAborted))
                {
                    http.User.AddIdentity(new ClaimsIdentity([new Claim(ClaimTypes.Role, RoleNames.ActivityCorrespondent)]));
                }

                actor.SignedIn(userId, user.UserName!, user.DisplayName);
                me.SignedIn(userId, user.UserName!, user.DisplayName, http.User.FindAll(ClaimTypes.Role).Select(c => c.Value), home, user.ElderMode);
                me.MustEnrolTwoFactor = http.User.HasClaim(c => c.Type == GuangongClaims.MustEnrolTwoFactor);
                if (home is not null)
                {
                    scope.Restrict(home.Id, home.Path, home.Level);
                }
                else if (me.IsAdministrator)
                {
                    scope.Widen();
                }

                if (me.ReadsOnly)
                {
                    scope.OnlyRead();
                }

                // The choices come from the user's own scope, before a switch narrows it: the way back up stays offered.
                if (!http.Request.Path.StartsWithSegments("/api"))
                {
                    me.SwitchChoices = await SwitchChoicesAsync(db, ChosenUnit(http), http.RequestAborted);
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

    /// <summary>
    /// Units the header's switcher offers: the whole visible tree when small, else committees at town level and above
    /// (villages and schools are reached from their town's page); of a province's 1,600 of those, the levels from the top
    /// while they fit (<see cref="Features.Organization.FilterUnits"/>), with the unit switched to now, the units above it
    /// and the ones directly below it, so a province viewer goes down a county, then a town, and back up.
    /// </summary>
    private static async Task<IReadOnlyList<UnitChoice>> SwitchChoicesAsync(GuangongDbContext db, long? chosen, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().Where(u => u.IsActive);
        // Whether there are more than fit: counted up to one more, not over a province's every unit on every page.
        if (await units.HoldsMoreThanAsync(Features.Organization.FilterUnits.MostShown, ct))
        {
            units = units.Where(u => u.Level <= Features.Organization.UnitLevel.Town);
        }

        var all = await units.Select(u => new { u.Id, u.Name, u.Depth, u.ParentId, u.SortOrder, u.Path }).ToListAsync(ct);
        var at = all.FirstOrDefault(u => u.Id == chosen);
        var around = at is null ? [] : SubtreeFilter.Ids(at.Path).ToHashSet();
        var shown = Features.Organization.FilterUnits.Shown(all, u => u.Depth, u => u.Id, chosen).Select(u => u.Id).ToHashSet();
        var rows = all.Where(u => shown.Contains(u.Id) || around.Contains(u.Id) || (chosen is not null && u.ParentId == chosen)).ToList();

        return [.. Features.Organization.TreeOrder.Sort(rows, r => r.Id, r => r.Path, r => r.SortOrder, r => r.Name).Select(r => new UnitChoice(r.Id, r.Name, r.Depth))];
    }

    private static long? ChosenUnit(HttpContext http) => long.TryParse(http.Request.Cookies[UnitCookie], out var chosen) ? chosen : null;

    /// <summary>The switcher narrows the scope to one unit below the user's own; anything else is ignored.</summary>
    private static async Task ApplyUnitSwitchAsync(HttpContext http, DataScope scope, CurrentUser me, GuangongDbContext db)
    {
        if (ChosenUnit(http) is not { } chosen || chosen == me.HomeUnitId)
        {
            return;
        }

        // The query filter already limits this lookup to the user's own subtree.
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == chosen && u.IsActive)
            .Select(u => new { u.Id, u.Path, u.Name, u.Level }).SingleOrDefaultAsync(http.RequestAborted);
        if (unit is not null)
        {
            scope.Restrict(unit.Id, unit.Path, unit.Level);
            me.ScopeUnitId = unit.Id;
            me.ScopeUnitName = unit.Name;
        }
    }

    /// <summary>Whether the town above (or at) the unit lets its correspondents record activities; a flag, read before any scope exists.</summary>
    private static Task<bool> TownLetsCorrespondentsRecordAsync(GuangongDbContext db, string path, CancellationToken ct)
    {
        var ancestors = SubtreeFilter.Ids(path);
        return db.Units.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(u => ancestors.Contains(u.Id) && u.Level == Features.Organization.UnitLevel.Town && u.CorrespondentsRecordActivities, ct);
    }
}

using System.Security.Claims;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
    Disabled,
}

public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, string? SessionSecret = null, DateTime? ExpiresUtc = null)
{
    public string Message => Outcome switch
    {
        SignInOutcome.WrongCredentials => "用户名或密码错误。",
        SignInOutcome.LockedOut => "密码连续错误次数过多，账号已锁定15分钟。如需提前解锁，请联系系统管理员。",
        SignInOutcome.Disabled => "该账号已停用，请联系系统管理员。",
        _ => string.Empty,
    };
}

/// <summary>
/// Checks a user name and password with the lockout rules, audits the attempt, and starts a
/// server-side session. Shared by the login page and the token endpoint so both lock alike.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> users,
    SessionStore sessions,
    GuangongDbContext db,
    CurrentActor actor,
    TimeProvider clock)
{
    public async Task<SignInResult> SignInAsync(string userName, string password, SessionKind kind, string? ip, string? userAgent, CancellationToken ct = default)
    {
        // Nobody is signed in yet, so the user's row is outside any scope until we know who it is.
        using var elevated = db.Scope.ReadOutside(OutsideReasons.SignIn);
        actor.IpAddress = ip;
        var user = userName.Length is > 0 and <= 64 ? await users.FindByNameAsync(userName.Trim()) : null;
        if (user is null)
        {
            await AuditAsync(AuditActions.LoginFailed, userName, null, "用户名不存在", string.Empty, ct);
            return new SignInResult(SignInOutcome.WrongCredentials);
        }

        if (user.IsDisabled)
        {
            await AuditAsync(AuditActions.LoginFailed, user.UserName!, user.Id, "账号已停用", user.UnitPath, ct);
            return new SignInResult(SignInOutcome.Disabled);
        }

        if (await users.IsLockedOutAsync(user))
        {
            await AuditAsync(AuditActions.LoginFailed, user.UserName!, user.Id, "账号锁定期间尝试登录", user.UnitPath, ct);
            return new SignInResult(SignInOutcome.LockedOut);
        }

        if (password.Length > 128 || !await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await AuditAsync(AuditActions.LoginFailed, user.UserName!, user.Id, "密码错误", user.UnitPath, ct);
            if (locked)
            {
                await AuditAsync(AuditActions.LockedOut, user.UserName!, user.Id, "连续5次密码错误", user.UnitPath, ct);
                return new SignInResult(SignInOutcome.LockedOut);
            }

            return new SignInResult(SignInOutcome.WrongCredentials);
        }

        await users.ResetAccessFailedCountAsync(user);
        user.LastLoginUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        var (secret, expires) = await sessions.StartAsync(user.Id, kind, ip, userAgent, ct);
        actor.SignedIn(user.Id, user.UserName!);
        await AuditAsync(AuditActions.LoginSucceeded, user.UserName!, user.Id, kind == SessionKind.ApiToken ? "API令牌" : "浏览器", user.UnitPath, ct);
        var principal = await BuildPrincipalAsync(user, secret);
        return new SignInResult(SignInOutcome.Succeeded, principal, secret, expires);
    }

    public async Task<ClaimsPrincipal> BuildPrincipalAsync(AppUser user, string sessionSecret)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName!),
            new(GuangongClaims.DisplayName, user.DisplayName),
            new(GuangongClaims.Session, sessionSecret),
        };
        if (user.MustChangePassword)
        {
            claims.Add(new Claim(GuangongClaims.MustChangePassword, "1"));
        }

        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Guangong"));
    }

    private async Task AuditAsync(string action, string userName, long? userId, string detail, string unitPath, CancellationToken ct)
    {
        db.AddAuditEvent(action, nameof(AppUser), userId?.ToString(System.Globalization.CultureInfo.InvariantCulture), detail, unitPath, userName);
        await db.SaveChangesAsync(ct);
    }
}

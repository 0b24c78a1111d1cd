using System.Security.Claims;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Unknown name, wrong password, disabled or locked account: one answer for all, so an answer never tells which.</summary>
    Failed,

    /// <summary>The client's address failed too often and must wait.</summary>
    Throttled,

    /// <summary>The password was right; the authenticator's code is asked next (see <see cref="SignInResult.Ticket"/>).</summary>
    SecondFactorRequired,

    /// <summary>The authenticator code (or recovery code) was wrong, or the password step has expired.</summary>
    WrongCode,
}

public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, string? SessionSecret = null, DateTime? ExpiresUtc = null)
{
    /// <summary>Proof of the password step, carried to the code step (protected, valid for minutes).</summary>
    public string? Ticket { get; init; }

    public string Message => Outcome switch
    {
        SignInOutcome.Failed => "用户名或密码不正确，或该账号暂时不能登录。连续输错5次，账号将锁定15分钟；急需登录请联系系统管理员解除。",
        SignInOutcome.Throttled => "这台设备登录失败的次数太多，请过一会儿再试。",
        SignInOutcome.SecondFactorRequired => "请输入手机身份验证器上的6位数字验证码。",
        SignInOutcome.WrongCode => "验证码不对或已过期，请重新输入；如果手机不在身边，可以输入一个恢复码。",
        _ => string.Empty,
    };
}

/// <summary>
/// Checks a user name and password, audits the attempt, and starts a server-side session. Shared
/// by the login page and the token endpoint so both lock alike.
/// Every failure looks the same from outside: one message, and no answer before
/// <see cref="FailureDuration"/> has passed, so neither the words nor the timing tell a real name
/// from an unknown one. An account locks after every fifth wrong password in a row, for 1, 2, 4 …
/// up to 30 minutes; a caller that fails from one address again and again is held back by
/// <see cref="SignInThrottle"/>, and an administrator on the server can always let a user in again
/// (<c>-- unlock USER</c>, <see cref="AccountUnlockCommand"/>).
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> users,
    SessionStore sessions,
    GuangongDbContext db,
    CurrentActor actor,
    SignInThrottle throttle,
    TwoFactorSettings twoFactor,
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection,
    TimeProvider clock)
{
    private readonly Microsoft.AspNetCore.DataProtection.ITimeLimitedDataProtector tickets =
        Microsoft.AspNetCore.DataProtection.DataProtectionAdvancedExtensions.ToTimeLimitedDataProtector(protection.CreateProtector("Guangong.SignIn.SecondFactor"));

    private string? device; // the sign-in's device in a person's words, written into its log entries

    public const int FailuresPerLockout = 5;

    public static readonly TimeSpan FailureDuration = TimeSpan.FromMilliseconds(400);

    public async Task<SignInResult> SignInAsync(string userName, string password, SessionKind kind, string? ip, string? userAgent, CancellationToken ct = default)
    {
        // Wall time, not the injectable clock: the padding is about what a caller can measure.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (throttle.IsBlocked(ip))
        {
            return new SignInResult(SignInOutcome.Throttled);
        }

        var result = await CheckAsync(userName, password, kind, ip, userAgent, ct);
        if (result.Outcome is SignInOutcome.Failed)
        {
            throttle.Failed(ip);
            var remaining = FailureDuration - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, ct);
            }
        }

        return result;
    }

    /// <summary>The lock after the <paramref name="failures"/>-th wrong password in a row: 15 minutes every five (the baseline), 30 from the third lock.</summary>
    public static TimeSpan LockoutAfter(int failures) => failures > 0 && failures % FailuresPerLockout == 0
        ? TimeSpan.FromMinutes(failures >= 3 * FailuresPerLockout ? 30 : 15)
        : TimeSpan.Zero;

    private async Task<SignInResult> CheckAsync(string userName, string password, SessionKind kind, string? ip, string? userAgent, CancellationToken ct)
    {
        // Nobody is signed in yet, so the user's row is outside any scope until we know who it is.
        using var elevated = db.Scope.ReadOutside(OutsideReasons.SignIn);
        (actor.IpAddress, device) = (ip, DeviceName.Of(userAgent));
        var user = userName.Length is > 0 and <= 64 ? await users.FindByNameAsync(userName.Trim()) : null;
        if (user is null)
        {
            await AuditAsync(AuditActions.LoginFailed, userName.Length > 64 ? userName[..64] : userName, null, "用户名不存在", string.Empty, null, ct);
            return new SignInResult(SignInOutcome.Failed);
        }

        if (user.IsDisabled)
        {
            await AuditAsync(AuditActions.LoginFailed, user.UserName!, user.Id, "账号已停用", user.UnitPath, user.HomeUnitId, ct);
            return new SignInResult(SignInOutcome.Failed);
        }

        // A locked account is not asked for its password at all, so guessing during the lock neither
        // succeeds nor lengthens it.
        if (user.LockoutEnd > clock.GetUtcNow())
        {
            await AuditAsync(AuditActions.LoginFailed, user.UserName!, user.Id, "账号锁定期间尝试登录", user.UnitPath, user.HomeUnitId, ct);
            return new SignInResult(SignInOutcome.Failed);
        }

        if (password.Length > 128 || !await users.CheckPasswordAsync(user, password))
        {
            await CountFailureAsync(user, "密码错误", ct);
            return new SignInResult(SignInOutcome.Failed);
        }

        if (user.TwoFactorEnabled)
        {
            var ticket = tickets.Protect($"{user.Id}|{user.SecurityStamp}", TwoFactorSettings.TicketLifetime);
            return new SignInResult(SignInOutcome.SecondFactorRequired) { Ticket = ticket };
        }

        return await StartAsync(user, kind, ip, userAgent, ct);
    }

    /// <summary>
    /// The second step: the password step's ticket and a code from the authenticator, or one of the
    /// recovery codes (each works once). Wrong codes count towards the lockout like wrong passwords.
    /// </summary>
    public async Task<SignInResult> CompleteAsync(string? ticket, string? code, SessionKind kind, string? ip, string? userAgent, CancellationToken ct = default)
    {
        if (throttle.IsBlocked(ip))
        {
            return new SignInResult(SignInOutcome.Throttled);
        }

        using var elevated = db.Scope.ReadOutside(OutsideReasons.SignIn);
        (actor.IpAddress, device) = (ip, DeviceName.Of(userAgent));
        string[] parts;
        try
        {
            parts = tickets.Unprotect(ticket ?? string.Empty).Split('|');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return new SignInResult(SignInOutcome.WrongCode);
        }

        var user = parts.Length == 2 ? await users.FindByIdAsync(parts[0]) : null;
        if (user is null || user.SecurityStamp != parts[1] || user.IsDisabled || user.LockoutEnd > clock.GetUtcNow())
        {
            return new SignInResult(SignInOutcome.Failed);
        }

        var typed = (code ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var valid = typed.Length == 6 && typed.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed)
            : typed.Length is > 6 and <= 32 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, RecoveryCodeText.AsIssued(typed))).Succeeded;
        if (!valid)
        {
            throttle.Failed(ip);
            var locked = await CountFailureAsync(user, "动态验证码错误", ct);
            return new SignInResult(SignInOutcome.WrongCode) { Ticket = locked ? null : ticket };
        }

        return await StartAsync(user, kind, ip, userAgent, ct);
    }

    /// <summary>One more wrong password or code in a row; every fifth locks the account for longer. True when it locked.</summary>
    private async Task<bool> CountFailureAsync(AppUser user, string what, CancellationToken ct)
    {
        user.AccessFailedCount++;
        var lockout = LockoutAfter(user.AccessFailedCount);
        if (lockout > TimeSpan.Zero)
        {
            user.LockoutEnd = clock.GetUtcNow() + lockout;
        }

        await users.UpdateAsync(user);
        await AuditAsync(AuditActions.LoginFailed, user.UserName!, user.Id, what, user.UnitPath, user.HomeUnitId, ct);
        if (lockout > TimeSpan.Zero)
        {
            await AuditAsync(AuditActions.LockedOut, user.UserName!, user.Id, $"连续{user.AccessFailedCount}次错误，锁定{lockout.TotalMinutes:0}分钟", user.UnitPath, user.HomeUnitId, ct);
        }

        return lockout > TimeSpan.Zero;
    }

    private async Task<SignInResult> StartAsync(AppUser user, SessionKind kind, string? ip, string? userAgent, CancellationToken ct)
    {
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        user.LastLoginUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        var (secret, expires) = await sessions.StartAsync(user.Id, kind, ip, userAgent, ct);
        actor.SignedIn(user.Id, user.UserName!, user.DisplayName);
        var how = (kind == SessionKind.ApiToken ? "API令牌" : "浏览器") + (user.TwoFactorEnabled ? "，两步验证" : string.Empty);
        await AuditAsync(AuditActions.LoginSucceeded, user.UserName!, user.Id, how, user.UnitPath, user.HomeUnitId, ct);
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

        var roles = await users.GetRolesAsync(user);
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (twoFactor.RequiredForAdministrators && !user.TwoFactorEnabled && roles.Contains(RoleNames.Administrator))
        {
            claims.Add(new Claim(GuangongClaims.MustEnrolTwoFactor, "1"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Guangong"));
    }

    // Before the sign-in there is no scope: the entry names the account's own unit, so 登录记录 filters by unit like any other.
    private async Task AuditAsync(string action, string userName, long? userId, string detail, string unitPath, long? unitId, CancellationToken ct)
    {
        db.AddAuditEvent(action, nameof(AppUser), userId?.ToString(System.Globalization.CultureInfo.InvariantCulture), device is null ? detail : $"{detail}（{device}）", unitPath, userName, unitId);
        await db.SaveChangesAsync(ct);
    }
}

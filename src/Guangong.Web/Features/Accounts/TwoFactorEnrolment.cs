using System.Globalization;
using System.Security.Claims;
using System.Text;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// A user's own authenticator (TOTP, RFC 6238, as Identity implements it): enrol with a QR code or
/// the key typed by hand, confirm with a first code, receive ten one-time recovery codes; turn it
/// off or renew the codes only with a current code. An administrator cannot turn it off where it
/// is required.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<AppUser> users, SessionStore sessions, PasswordSignIn signIn, CurrentUser me, GuangongDbContext db, TwoFactorSettings settings)
{
    public const int RecoveryCodeCount = 10;

    public sealed record Status(bool Enabled, bool Required, int RecoveryCodesLeft, string? Key, string? Uri);

    /// <param name="makeKey">
    /// Whether to make the authenticator key when there is none: only when the user asks (a POST). Opening the page
    /// had written a key and an audit line, a GET that changed the account.
    /// </param>
    public async Task<Status?> StatusAsync(bool makeKey = false)
    {
        var user = await OwnAsync();
        if (user is null)
        {
            return null;
        }

        var required = settings.RequiredForAdministrators && await users.IsInRoleAsync(user, RoleNames.Administrator);
        if (user.TwoFactorEnabled)
        {
            return new Status(true, required, await users.CountRecoveryCodesAsync(user), null, null);
        }

        // A key is made once and kept until it is confirmed, so reloading the page does not
        // invalidate the one already scanned.
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) && makeKey)
        {
            key = await NewKeyAsync(user);
        }

        if (string.IsNullOrEmpty(key))
        {
            return new Status(false, required, 0, null, null);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(TwoFactorSettings.Issuer)}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Uri.EscapeDataString(TwoFactorSettings.Issuer)}&digits=6";
        return new Status(false, required, 0, Grouped(key!), uri);
    }

    /// <summary>Turns the authenticator on; the principal (for a fresh cookie) and the recovery codes, shown once.</summary>
    public async Task<CommandResult<(ClaimsPrincipal Principal, IReadOnlyList<string> RecoveryCodes)>> EnableAsync(string? code, string? ip, string? userAgent)
    {
        var user = await OwnAsync();
        if (user is null)
        {
            return CommandResult<(ClaimsPrincipal, IReadOnlyList<string>)>.NotFound();
        }

        if (!await IsValidCodeAsync(user, code))
        {
            return CommandResult<(ClaimsPrincipal, IReadOnlyList<string>)>.Invalid("Code", "验证码不对。请看手机上身份验证器里这个账号的6位数字，在它变化前输入。");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await AuditAsync(user, "开启两步验证");

        // Other sessions were signed in with the password alone: end them.
        await sessions.EndAllAsync(user.Id);
        var (secret, _) = await sessions.StartAsync(user.Id, SessionKind.Browser, ip, userAgent);
        return CommandResult<(ClaimsPrincipal, IReadOnlyList<string>)>.Ok((await signIn.BuildPrincipalAsync(user, secret), codes));
    }

    public async Task<CommandResult<IReadOnlyList<string>>> RenewRecoveryCodesAsync(string? code)
    {
        var user = await OwnAsync();
        if (user is null || !user.TwoFactorEnabled)
        {
            return CommandResult<IReadOnlyList<string>>.NotFound();
        }

        if (!await IsValidCodeAsync(user, code))
        {
            return CommandResult<IReadOnlyList<string>>.Invalid("Code", "验证码不对，恢复码没有更换。");
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await AuditAsync(user, "更换两步验证恢复码");
        return CommandResult<IReadOnlyList<string>>.Ok(codes);
    }

    public async Task<CommandResult<bool>> DisableAsync(string? code)
    {
        var user = await OwnAsync();
        if (user is null || !user.TwoFactorEnabled)
        {
            return CommandResult<bool>.NotFound();
        }

        if (settings.RequiredForAdministrators && await users.IsInRoleAsync(user, RoleNames.Administrator))
        {
            return CommandResult<bool>.Invalid("Code", "系统管理员必须使用两步验证，不能关闭。");
        }

        if (!await IsValidCodeAsync(user, code))
        {
            return CommandResult<bool>.Invalid("Code", "验证码不对，两步验证仍然开启。");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await AuditAsync(user, "关闭两步验证");
        return CommandResult<bool>.Ok(true);
    }

    private async Task<bool> IsValidCodeAsync(AppUser user, string? code)
    {
        var digits = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 6 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    /// <summary>
    /// Makes the account's key. The same account's page opened at the same moment elsewhere (desk and phone) may make
    /// its key first: the second insert is refused (the token's key, or the user's concurrency stamp), and the key kept
    /// is the first one, read again. It answered 出错了.
    /// </summary>
    private async Task<string?> NewKeyAsync(AppUser user)
    {
        try
        {
            if ((await users.ResetAuthenticatorKeyAsync(user)).Succeeded)
            {
                return await users.GetAuthenticatorKeyAsync(user);
            }
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
        }

        db.ChangeTracker.Clear();
        return await OwnAsync() is { } again ? await users.GetAuthenticatorKeyAsync(again) : null;
    }

    private async Task<AppUser?> OwnAsync()
    {
        // The user's own row may lie outside a scope narrowed by the unit switcher.
        using var elevated = db.Scope.ReadOutside(OutsideReasons.OwnAccount);
        return await users.FindByIdAsync(me.UserId.ToString(CultureInfo.InvariantCulture));
    }

    private async Task AuditAsync(AppUser user, string what)
    {
        db.AddAuditEvent(AuditActions.Update, nameof(AppUser), user.Id.ToString(CultureInfo.InvariantCulture), what, user.UnitPath);
        await db.SaveChangesAsync();
    }

    /// <summary>The key in groups of four, as a person types it from the screen.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        // Capitals, as authenticator apps show and expect them: easier to read and type than lower case.
        return text.ToString().TrimEnd();
    }
}

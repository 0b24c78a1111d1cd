using System.Security.Claims;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

/// <summary>What a signed-in user does to their own account: password, elder mode.</summary>
public sealed class OwnAccount(UserManager<AppUser> users, SessionStore sessions, PasswordSignIn signIn, CurrentUser me, GuangongDbContext db)
{
    public async Task<CommandResult<ClaimsPrincipal>> ChangePasswordAsync(string current, string next, string? ip, string? userAgent)
    {
        // The user's own row may lie outside a scope narrowed by the unit switcher.
        using var elevated = db.Scope.ReadOutside(OutsideReasons.OwnAccount);
        var user = await users.FindByIdAsync(me.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return CommandResult<ClaimsPrincipal>.NotFound();
        }

        if (current == next)
        {
            return CommandResult<ClaimsPrincipal>.Invalid("NewPassword", "新密码不能与当前密码相同。");
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            var errors = result.Errors.Select(e => new FieldError(
                e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "CurrentPassword" : "NewPassword", e.Description)).ToList();
            return CommandResult<ClaimsPrincipal>.Invalid(errors);
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await sessions.EndAllAsync(user.Id);
        var (secret, _) = await sessions.StartAsync(user.Id, SessionKind.Browser, ip, userAgent);
        return CommandResult<ClaimsPrincipal>.Ok(await signIn.BuildPrincipalAsync(user, secret));
    }

    public async Task ToggleElderModeAsync()
    {
        using var elevated = db.Scope.ReadOutside(OutsideReasons.OwnAccount);
        var user = await users.FindByIdAsync(me.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is not null)
        {
            user.ElderMode = !user.ElderMode;
            await users.UpdateAsync(user);
        }
    }
}

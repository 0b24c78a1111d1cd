using System.Security.Cryptography;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// The administrator's account operations. Every lookup goes through the scoped user set, so an
/// administrator of a town can manage only the accounts of that town and below.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, SessionStore sessions, GuangongDbContext db)
{
    /// <summary>What an operation did; a refusal names the form field it is about (empty for the whole form).</summary>
    public sealed record Outcome(bool Succeeded, IReadOnlyList<FieldError> Errors, string? OneTimePassword = null, long? UserId = null)
    {
        public static Outcome Fail(string message) => new(false, [new FieldError(string.Empty, message)]);

        public static Outcome Fail(string field, string message) => new(false, [new FieldError(field, message)]);

        public static Outcome From(IdentityResult result) => new(result.Succeeded, [.. result.Errors.Select(e => new FieldError(FieldOf(e), e.Description))]);

        private static string FieldOf(IdentityError error) =>
            error.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) ? UserNameField : string.Empty;
    }

    /// <summary>The account form's fields a refusal can be about.</summary>
    public const string UserNameField = "UserName", UnitField = "UnitId";

    /// <summary>Only an administrator belongs to no unit: anyone else with 全部单位 would see nothing at all.</summary>
    private static Outcome? NeedsUnit(long? unitId, IReadOnlyCollection<string> roles) =>
        unitId is null && !roles.Contains(RoleNames.Administrator) ? Outcome.Fail(UnitField, "只有系统管理员可以不属于任何单位，请选择所属单位。") : null;

    private const string LastAdministrator = "这是唯一一个管理全部单位的系统管理员账号，不能停用或取消其管理员身份；请先为另一个账号设置系统管理员（全部单位）。";

    /// <summary>The one enabled administrator of the whole tree: without it no one could manage accounts but from the server's console.</summary>
    private async Task<bool> IsLastWholeTreeAdministratorAsync(AppUser user) =>
        user.HomeUnitId is null && !user.IsDisabled && await users.IsInRoleAsync(user, RoleNames.Administrator)
        && !(await users.GetUsersInRoleAsync(RoleNames.Administrator)).Any(a => a.Id != user.Id && !a.IsDisabled && a.HomeUnitId is null);

    public Task<AppUser?> FindAsync(long id) => users.Users.SingleOrDefaultAsync(u => u.Id == id);

    public async Task<Outcome> CreateAsync(string userName, string displayName, long? unitId, IReadOnlyCollection<string> roles)
    {
        if (NeedsUnit(unitId, roles) is { } refused)
        {
            return refused;
        }

        var unitPath = string.Empty;
        if (unitId is { } id)
        {
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.IsActive);
            if (unit is null)
            {
                return Outcome.Fail(UnitField, "所选单位不存在或不在您的管理范围内。");
            }

            unitPath = unit.Path;
        }
        else if (!db.Scope.IsSystem)
        {
            return Outcome.Fail(UnitField, "请选择所属单位。");
        }

        var password = GenerateOneTimePassword();
        var user = new AppUser
        {
            UserName = userName.Trim(),
            DisplayName = displayName.Trim(),
            HomeUnitId = unitId,
            UnitPath = unitPath,
            MustChangePassword = true,
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Outcome.From(created);
        }

        var assigned = await users.AddToRolesAsync(user, roles);
        if (!assigned.Succeeded)
        {
            return Outcome.From(assigned);
        }

        await tx.CommitAsync();
        return new Outcome(true, [], password, user.Id);
    }

    public async Task<Outcome> UpdateAsync(AppUser user, string displayName, long? unitId, IReadOnlyCollection<string> roles)
    {
        if (NeedsUnit(unitId, roles) is { } refused)
        {
            return refused;
        }

        if ((!roles.Contains(RoleNames.Administrator) || unitId is not null) && await IsLastWholeTreeAdministratorAsync(user))
        {
            return Outcome.Fail(LastAdministrator);
        }

        var unitChanged = unitId != user.HomeUnitId;
        if (unitChanged)
        {
            if (unitId is { } id)
            {
                var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.IsActive);
                if (unit is null)
                {
                    return Outcome.Fail(UnitField, "所选单位不存在或不在您的管理范围内。");
                }

                user.UnitPath = unit.Path;
            }
            else if (!db.Scope.IsSystem)
            {
                return Outcome.Fail(UnitField, "请选择所属单位。");
            }
            else
            {
                user.UnitPath = string.Empty;
            }

            user.HomeUnitId = unitId;
        }

        user.DisplayName = displayName.Trim();
        await using var tx = await db.Database.BeginTransactionAsync();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome.From(updated);
        }

        var current = await users.GetRolesAsync(user);
        var rolesChanged = !current.ToHashSet().SetEquals(roles);
        if (rolesChanged)
        {
            var removed = await users.RemoveFromRolesAsync(user, current);
            var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles) : removed;
            if (!added.Succeeded)
            {
                return Outcome.From(added);
            }
        }

        if (unitChanged || rolesChanged)
        {
            await sessions.EndAllAsync(user.Id);
        }

        await tx.CommitAsync();
        return new Outcome(true, []);
    }

    public async Task<Outcome> ResetPasswordAsync(AppUser user)
    {
        var password = GenerateOneTimePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        user.MustChangePassword = true;
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return Outcome.From(result);
        }

        await sessions.EndAllAsync(user.Id);
        return new Outcome(true, [], password);
    }

    public async Task<Outcome> SetDisabledAsync(AppUser user, bool disabled)
    {
        if (disabled && await IsLastWholeTreeAdministratorAsync(user))
        {
            return Outcome.Fail(LastAdministrator);
        }

        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && disabled)
        {
            await sessions.EndAllAsync(user.Id);
        }

        return Outcome.From(result);
    }

    public async Task<Outcome> UnlockAsync(AppUser user)
    {
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            // The lockout fields alone are sign-in bookkeeping the change trail skips; the unlock is said here.
            db.AddAuditEvent(Audit.AuditActions.Unlocked, nameof(AppUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "管理员解除锁定", user.UnitPath, unitId: user.HomeUnitId);
            await db.SaveChangesAsync();
        }

        return Outcome.From(result);
    }

    /// <summary>
    /// Twelve small letters and digits in three groups of four (k7mp-x3qa-9rtw): read out over the phone to a volunteer of 80
    /// and typed on a phone's keyboard without shift or symbols, and still three classes of the password rule. Look-alikes
    /// (0/o, 1/l/i) are left out.
    /// </summary>
    public static string GenerateOneTimePassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string all = letters + digits;
        var chars = new List<char> { letters[RandomNumberGenerator.GetInt32(letters.Length)], digits[RandomNumberGenerator.GetInt32(digits.Length)] };
        while (chars.Count < 12)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        var shuffled = new string([.. chars.OrderBy(_ => RandomNumberGenerator.GetInt32(1000))]);
        return string.Join('-', shuffled[..4], shuffled[4..8], shuffled[8..]);
    }
}

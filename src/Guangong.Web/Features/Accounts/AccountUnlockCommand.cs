using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// <c>dotnet run --project src/Guangong.Web -- unlock USER</c>: lifts a lockout from the server's own
/// console. Anyone on the internet can lock an account by typing wrong passwords, the only
/// administrator's included; whoever runs the server can always let them in again.
/// </summary>
public static class AccountUnlockCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string userName, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        using var console = scope.ServiceProvider.GetRequiredService<DataScope>().ReadOutside(OutsideReasons.ServerConsole);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            await error.WriteLineAsync($"没有用户名为“{userName}”的账号。");
            return 1;
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        var db = scope.ServiceProvider.GetRequiredService<GuangongDbContext>();
        db.AddAuditEvent(AuditActions.Unlocked, nameof(AppUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "在服务器上解除锁定", user.UnitPath, "服务器控制台", user.HomeUnitId);
        await db.SaveChangesAsync();
        await output.WriteLineAsync($"已解除“{user.UserName}”的登录锁定，现在可以登录。");
        return 0;
    }
}

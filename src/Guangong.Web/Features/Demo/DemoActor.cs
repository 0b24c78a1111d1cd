using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Demo;

/// <summary>
/// A request-like scope in which demo content does what a user would, through the same commands: what a command
/// records of its user (who issued, who compiled) and what it lets them see (a child's name) is then the user's.
/// </summary>
public static class DemoActor
{
    /// <summary>A scope of <paramref name="unit"/>, signed in as the given user.</summary>
    public static AsyncServiceScope Acting(IServiceProvider services, Unit unit, long userId, string userName, string displayName, string role)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DataScope>().Restrict(unit.Id, unit.Path);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SignedIn(userId, userName, displayName, [role], unit, elderMode: false);
        return scope;
    }

    /// <summary>As <see cref="Acting(IServiceProvider, Unit, long, string, string, string)"/>, for a demo account found by its name.</summary>
    public static async Task<AsyncServiceScope> ActingAsync(IServiceProvider services, Infrastructure.Data.GuangongDbContext db, Unit unit, string userName, string role, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        return Acting(services, unit, user.Id, userName, user.DisplayName, role);
    }
}

using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// After a unit moves, every path that started with its old path starts with the new one: its
/// descendants and every record they own. Audit entries keep the path they were written with.
/// The rows are found through the scope filter (the moved subtree lies in the scope) and the
/// updates go through <see cref="GuardedBulkUpdate"/>, which checks the new path and audits them.
/// </summary>
internal static class UnitPathRewriter
{
    public static async Task RewriteAsync(GuangongDbContext db, string oldPrefix, string newPrefix, int depthDelta)
    {
        var to = SubtreeFilter.End(oldPrefix);
        await db.UpdateInScopeAsync(
            db.Units.Where(u => string.Compare(u.Path, oldPrefix) > 0 && string.Compare(u.Path, to) < 0),
            s => s
                .SetProperty(u => u.Path, u => newPrefix + u.Path.Substring(oldPrefix.Length))
                .SetProperty(u => u.Depth, u => u.Depth + depthDelta),
            Moved(oldPrefix, newPrefix),
            newPrefix);

        var method = typeof(UnitPathRewriter).GetMethod(nameof(RewriteOwnedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var owned = db.Model.GetEntityTypes()
            .Select(t => t.ClrType)
            .Where(t => typeof(IUnitOwned).IsAssignableFrom(t) && t != typeof(Unit) && t != typeof(AuditEntry));
        foreach (var type in owned)
        {
            await (Task)method.MakeGenericMethod(type).Invoke(null, [db, oldPrefix, newPrefix])!;
        }
    }

    private static Task<int> RewriteOwnedAsync<T>(GuangongDbContext db, string oldPrefix, string newPrefix)
        where T : class, IUnitOwned
    {
        return db.UpdateInScopeAsync(
            db.Set<T>().InSubtree(oldPrefix, db.Scope),
            s => s.SetProperty(
                e => EF.Property<string>(e, nameof(IUnitOwned.UnitPath)),
                e => newPrefix + EF.Property<string>(e, nameof(IUnitOwned.UnitPath)).Substring(oldPrefix.Length)),
            Moved(oldPrefix, newPrefix),
            newPrefix);
    }

    private static string Moved(string oldPrefix, string newPrefix) => $"单位移动，路径 {oldPrefix} → {newPrefix}";
}

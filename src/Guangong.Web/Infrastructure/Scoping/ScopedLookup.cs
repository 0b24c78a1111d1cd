using System.Linq.Expressions;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// Finds one record by id through the scope filter. When the record exists but lies outside the
/// scope, the refusal is written to the audit trail: someone asked for another unit's record.
/// </summary>
public static class ScopedLookup
{
    public static Task<T?> FindInScopeAsync<T>(this GuangongDbContext db, long id, CancellationToken ct = default)
        where T : class =>
        db.FindInScopeAsync<T, T>(id, e => e, ct);

    /// <summary>The same, with what the page shows beside the record read in the same query (its unit's name, say).</summary>
    public static async Task<TResult?> FindInScopeAsync<T, TResult>(this GuangongDbContext db, long id, Expression<Func<T, TResult>> select, CancellationToken ct = default)
        where T : class
        where TResult : class
    {
        var match = ById<T>(id);
        var found = await db.Set<T>().AsNoTracking().Where(match).Select(select).SingleOrDefaultAsync(ct);
        if (found is null && !db.Scope.IsSystem && await db.Set<T>().IgnoreQueryFilters().AnyAsync(match, ct))
        {
            if (Auditing.RepeatedDenials.Admit(db.ActorName, typeof(T).Name, DateTime.UtcNow) is { } earlier)
            {
                var more = earlier > 0 ? $"；此前{Auditing.RepeatedDenials.Window.TotalMinutes:0}分钟内另有{earlier}次同类请求被拒绝，未逐条记录" : string.Empty;
                db.AddAuditEvent(AuditActions.AccessDenied, typeof(T).Name, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "访问范围以外的记录，已拒绝" + more);
                await db.SaveChangesAsync(ct);
            }
        }

        return found;
    }

    // The id is captured, not a constant: EF Core makes it a parameter, so every record of a type shares one compiled
    // query (a constant compiled one per id and kept each in the query cache).
    private static Expression<Func<T, bool>> ById<T>(long id)
        where T : class => e => EF.Property<long>(e, "Id") == id;
}

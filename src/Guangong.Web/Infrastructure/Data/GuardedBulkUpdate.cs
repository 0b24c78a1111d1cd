using System.Globalization;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// A set-based update (ExecuteUpdate) skips the change tracker, and with it the write guard and
/// the audit trail of <see cref="GuangongDbContext.SaveChangesAsync(bool, CancellationToken)"/>.
/// This is the one way to run one: the rows come through the scope filter, a path they are moved
/// to must lie in the scope, audit entries cannot be touched, and the update leaves one audit
/// entry per kind of record with how many rows changed, in the caller's transaction.
/// </summary>
public static class GuardedBulkUpdate
{
    public static async Task<int> UpdateInScopeAsync<T>(
        this GuangongDbContext db,
        IQueryable<T> rows,
        Action<UpdateSettersBuilder<T>> set,
        string description,
        string? newUnitPath = null,
        CancellationToken ct = default)
        where T : class
    {
        if (typeof(T) == typeof(AuditEntry))
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }

        if (newUnitPath is not null && !db.Scope.Covers(newUnitPath))
        {
            throw new ScopeViolationException(typeof(T).Name, newUnitPath);
        }

        var changed = await rows.ExecuteUpdateAsync(set, ct);
        if (changed > 0)
        {
            db.AddAuditEvent(AuditActions.Update, typeof(T).Name, null,
                string.Create(CultureInfo.InvariantCulture, $"批量修改{changed}条：{description}"), newUnitPath);
            await db.SaveChangesAsync(ct);
        }

        return changed;
    }
}

using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Audit;

/// <summary>Reads the audit trail (there is no write side: entries are written by the DbContext itself).</summary>
public sealed class AuditLog(GuangongDbContext db)
{
    public async Task<IQueryable<AuditEntry>> SearchAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserName == user);
        }

        if (filter.Unit is { } unitId)
        {
            // "This unit and below" is the same range filter the data scope uses.
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct);
            if (path is null)
            {
                return query.Where(_ => false);
            }

            query = query.InSubtree(path);
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            query = query.Where(a => a.Entity == filter.Entity);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            var fromUtc = ChinaTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.TimestampUtc >= fromUtc);
        }

        if (filter.To is { } toDate)
        {
            var toUtc = ChinaTime.ToUtc(toDate.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.TimestampUtc < toUtc);
        }

        return query.OrderByDescending(a => a.TimestampUtc).ThenByDescending(a => a.Id);
    }

    public async Task<IReadOnlyList<string>> EntitiesAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);
}

using System.Globalization;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.CareCases;

/// <summary>
/// The one gate to a care case. The scope filter alone would let the town and district read the
/// stations below them; a case is for the case workers of its own station only (users whose unit is
/// the station and who hold <see cref="RoleNames.CaseWorker"/>). Every opening is logged, and so is
/// every refusal, with the case's unit path when the case lies in the caller's scope, so that the
/// case's own access log shows who tried.
/// </summary>
public sealed class CareCaseAccess(GuangongDbContext db, CurrentUser me)
{
    public const string Entity = nameof(CareCase);

    public bool IsCaseWorker => me.Can(Policies.CanWorkCareCases) && me.HomeUnitId is not null;

    public long? StationId => IsCaseWorker ? me.HomeUnitId : null;

    /// <summary>The cases this user may read: their own station's, or none.</summary>
    public IQueryable<CareCase> Own()
    {
        var station = StationId ?? -1;
        return db.CareCases.Where(c => c.UnitId == station);
    }

    /// <summary>Opens a case for reading, logging the view; null (and a logged refusal) when the user may not.</summary>
    public async Task<CareCase?> OpenAsync(long id, string how, CancellationToken ct)
    {
        var found = await Own().AsNoTracking().Include(c => c.Mentor).Include(c => c.Visits.OrderByDescending(v => v.VisitedOn))
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            await RefuseAsync(id, how, ct);
            return null;
        }

        await db.AuditViewAsync(Entity, id, $"查看关爱个案（{how}）", found.UnitPath, ct);
        return found;
    }

    /// <summary>Logs a refused read or write of a case; the answer to the caller is a plain 404.</summary>
    public async Task RefuseAsync(long id, string how, CancellationToken ct)
    {
        var path = await db.CareCases.AsNoTracking().Where(c => c.Id == id).Select(c => c.UnitPath).SingleOrDefaultAsync(ct);
        var why = IsCaseWorker ? "非本站个案" : "无个案工作者权限或非本站人员";
        db.AddAuditEvent(AuditActions.AccessDenied, Entity, id.ToString(CultureInfo.InvariantCulture), $"查看关爱个案被拒绝（{how}；{why}）", path);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A refused list (page or API): logged without an id.</summary>
    public async Task RefuseListAsync(string how, CancellationToken ct)
    {
        db.AddAuditEvent(AuditActions.AccessDenied, Entity, null, $"查看关爱个案列表被拒绝（{how}）");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who opened, changed or was refused this case: its own access log.</summary>
    public async Task<IReadOnlyList<AccessLine>> AccessLogAsync(long id, CancellationToken ct)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == Entity && a.EntityId == key)
            .OrderByDescending(a => a.Id).Take(200)
            .Select(a => new { a.TimestampUtc, a.UserName, a.Action, a.Changes, a.IpAddress }).ToListAsync(ct);
        return rows.Select(a => new AccessLine(a.TimestampUtc, a.UserName, a.Action,
            a.Action is AuditActions.View or AuditActions.AccessDenied ? a.Changes : null, a.IpAddress)).ToList();
    }
}

public sealed record AccessLine(DateTime WhenUtc, string UserName, string Action, string? What, string? IpAddress);

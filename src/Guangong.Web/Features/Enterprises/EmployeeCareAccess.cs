using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Enterprises;

/// <summary>
/// The one gate to a company's care records. The scope filter alone would let the district (and any
/// level above) read them; the records are for the company's own unit and the officer of the town the
/// company belongs to (郑陆 五: "kept to the minimum"). Everyone else gets a 404, as for an unknown
/// company, and the refusal is logged; every opening is logged too.
/// </summary>
public sealed class EmployeeCareAccess(GuangongDbContext db, CurrentUser me)
{
    public const string Entity = nameof(EmployeeCare);

    /// <summary>The company committee if this user may read and write its care records, else null (logged).</summary>
    public async Task<Unit?> OpenAsync(long companyUnitId, string how, CancellationToken ct)
    {
        var company = await db.Units.AsNoTracking().Include(u => u.Parent)
            .SingleOrDefaultAsync(u => u.Id == companyUnitId && u.IsActive && u.Kind == UnitKind.Enterprise, ct);
        if (company is not null && Allows(company))
        {
            // The company's records as a whole were opened: the entry names no record number (the company is its unit).
            await db.AuditViewAsync(Entity, null, $"查看青年职工关爱记录（{how}）", company.Path, ct);
            return company;
        }

        if (company is not null)
        {
            db.AddAuditEvent(AuditActions.AccessDenied, Entity, null, $"查看青年职工关爱记录被拒绝（{how}；非本企业或所属镇干事）", company.Path);
            await db.SaveChangesAsync(ct);
        }
        else
        {
            // A unit outside the scope: the one scoped lookup logs the attempt, as for any other record.
            await db.FindInScopeAsync<Unit>(companyUnitId, ct);
        }

        return null;
    }

    /// <summary>The company's own users who keep programs, or an officer whose unit is the company's town.</summary>
    public bool Allows(Unit company) => Allows(company.Id, company.ParentId);

    public bool Allows(long companyId, long? townId) =>
        me.HomeUnitId is { } home && me.Can(Policies.CanAssessPrograms)
        && (home == companyId || (home == townId && me.Roles.Contains(RoleNames.Officer)));
}

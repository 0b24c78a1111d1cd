using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Enterprises;

/// <summary>
/// 民企关工委: the company committees are units of kind 企业 under the town; each is assessed once a
/// year against the 五有五好 standard that binds it (郑陆 五.2).
/// </summary>
public sealed class EnterpriseCommittees(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, AssessmentDirectory assessments, EmployeeCareRecords care, EmployeeCareAccess careAccess, TimeProvider clock)
{
    public int Year => ChinaTime.Today(clock).Year;

    public async Task<IReadOnlyList<EnterpriseRow>> ListAsync(CancellationToken ct = default)
    {
        var units = await treeOrder.SortAsync(await db.Units.AsNoTracking().Where(u => u.IsActive && u.Kind == UnitKind.Enterprise)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Parent = u.Parent!.Name }).ToListAsync(ct), u => u.Path, ct);
        var thisYear = await assessments.ThisYearAsync(ProgramKind.Enterprise, Year, ct);
        var last = await assessments.ThisYearAsync(ProgramKind.Enterprise, Year - 1, ct);
        var counts = await care.CountsAsync(Year, ct);
        return units.Select(u => new EnterpriseRow(u.Id, u.Name, u.Parent,
            thisYear.TryGetValue(u.Id, out var t) ? t.Id : null, thisYear.TryGetValue(u.Id, out var t2) ? Scoring.Standing(t2.Status, t2.Total, t2.Level) : null,
            last.TryGetValue(u.Id, out var l) ? Scoring.ReviewedLevel(l.Status, l.Level) ?? "未审核" : null,
            counts.GetValueOrDefault(u.Id) ?? new EmployeeCareCount(0, 0),
            careAccess.Allows(u.Id, u.ParentId))).ToList();
    }
}

/// <summary>A company committee in the list; <paramref name="CanOpenCare"/> says whether this user may read its care records (else counts only).</summary>
public sealed record EnterpriseRow(long UnitId, string Name, string Town, long? AssessmentId, string? Standing, string? LastYearLevel, EmployeeCareCount Care, bool CanOpenCare);

/// <summary>Tells the assessment engine about company committees: the subject is the company's own unit.</summary>
public sealed class EnterpriseSubjects(GuangongDbContext db) : IAssessmentSubjects
{
    public ProgramKind Program => ProgramKind.Enterprise;

    public async Task<AssessmentSubject?> FindAsync(long subjectId, CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => u.Id == subjectId && u.IsActive && u.Kind == UnitKind.Enterprise)
            .Select(u => new AssessmentSubject(u.Id, u.Name, u.Id)).SingleOrDefaultAsync(ct);
}

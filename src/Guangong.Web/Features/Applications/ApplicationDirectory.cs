using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Applications;

/// <summary>Reads applications in the scope: the list, the queue of those from units below, one with its history, the to-do.</summary>
public sealed class ApplicationDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, AssessmentDirectory assessments)
{
    /// <summary>All applications in the scope, or (queue) only those from units below that wait for review.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> ListAsync(bool queue, CancellationToken ct = default)
    {
        var q = db.StationApplications.AsNoTracking();
        if (queue)
        {
            var own = db.Scope.Path ?? string.Empty;
            q = q.Where(a => a.Status == ApplicationStatus.Submitted && a.UnitPath != own);
        }

        var rows = await q.OrderByDescending(a => a.Year).ThenBy(a => a.UnitPath).ThenBy(a => a.StationName)
            .Select(a => new ApplicationRow(a.Id, a.StationName, a.Unit!.Name, a.UnitPath, a.Year, a.Title, a.Status, a.ReviewTotal))
            .Take(500).ToListAsync(ct);
        // Each year's units in the tree's order (a stable sort keeps a unit's stations by name).
        return await townNames.NamedAsync([.. (await treeOrder.SortAsync(rows, a => a.UnitPath, ct)).OrderByDescending(a => a.Year)],
            a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct);
    }

    public async Task<ApplicationDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        var a = await db.StationApplications.AsNoTracking().Include(x => x.Scores).Include(x => x.Unit).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || await assessments.DetailAsync(a.AssessmentId, ct) is not { } assessment)
        {
            return null;
        }

        var history = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        return new ApplicationDetail(a, assessment, history);
    }

    /// <summary>What waits for this unit: applications from below to review, and its own returned ones.</summary>
    public async Task<ApplicationTodo> TodoAsync(CancellationToken ct = default)
    {
        var own = db.Scope.Path;
        if (own is null)
        {
            return new ApplicationTodo(0, 0);
        }

        var toReview = await db.StationApplications.CountAsync(a => a.Status == ApplicationStatus.Submitted && a.UnitPath != own, ct);
        var returned = await db.StationApplications.CountAsync(a => a.Status == ApplicationStatus.Returned && a.UnitPath == own, ct);
        return new ApplicationTodo(toReview, returned);
    }

    /// <summary>Stations of the scope that can apply now: those with an assessment.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> StationChoicesAsync(CancellationToken ct = default)
    {
        var assessed = db.Assessments.Where(x => x.Program == ProgramKind.Station).Select(x => x.SubjectId);
        return (await treeOrder.SortAsync(await db.Stations.AsNoTracking().Where(s => assessed.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.UnitPath }).ToListAsync(ct), s => s.UnitPath, ct))
            .Select(s => (s.Id, s.Name)).ToList();
    }
}

public sealed record ApplicationRow(long Id, string StationName, string UnitName, string UnitPath, int Year, string Title, ApplicationStatus Status, decimal? ReviewTotal);

public sealed record ApplicationDetail(StationApplication Application, AssessmentDetail Assessment, IReadOnlyList<ApplicationEvent> History);

public sealed record ApplicationTodo(int ToReview, int Returned);

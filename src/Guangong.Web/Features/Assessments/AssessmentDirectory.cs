using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>Reads assessments in the scope: lists, one with its template and actions, a subject's years side by side.</summary>
public sealed class AssessmentDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, TemplateCatalog templates, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<AssessmentRow>> ListAsync(int? year, ProgramKind? program, AssessmentStatus? status, CancellationToken ct = default)
    {
        var q = db.Assessments.AsNoTracking();
        if (year is { } y)
        {
            q = q.Where(a => a.Year == y);
        }

        if (program is { } p)
        {
            q = q.Where(a => a.Program == p);
        }

        if (status is { } s)
        {
            q = q.Where(a => a.Status == s);
        }

        var rows = await q.OrderByDescending(a => a.Year).ThenBy(a => a.UnitPath).ThenBy(a => a.SubjectName)
            .Select(a => new AssessmentRow(a.Id, a.Program, a.SubjectId, a.SubjectName, a.Unit!.Name, a.UnitPath, a.Year, a.Status, a.SelfTotal, a.ReviewTotal, a.Level,
                a.Scores.Count(x => (x.ReviewScore ?? x.SelfScore ?? 0) < x.MaxPoints)))
            .Take(500).ToListAsync(ct);
        // Each year's units in the tree's order (a stable sort keeps a unit's subjects by name).
        return await townNames.NamedAsync([.. (await treeOrder.SortAsync(rows, a => a.UnitPath, ct)).OrderByDescending(a => a.Year)],
            a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct);
    }

    public async Task<AssessmentDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        var a = await db.Assessments.AsNoTracking().Include(x => x.Scores).Include(x => x.Unit).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || await templates.FindAsync(a.TemplateId, ct) is not { } template)
        {
            return null;
        }

        var actions = await db.RemediationActions.AsNoTracking().Where(r => r.AssessmentId == id).OrderBy(r => r.DueDate).ToListAsync(ct);
        // The subject's year as a path range and a date range, newest first by the plan that suits its size (a year taken
        // from each row's date read a district's every activity: 62 ms at the county; a busy town's year sorted whole, 30 ms).
        var (yearStart, yearEnd) = (new DateOnly(a.Year, 1, 1), new DateOnly(a.Year, 12, 31));
        IQueryable<Activities.Activity> InYear(IQueryable<Activities.Activity> source) =>
            source.AsNoTracking().Where(x => x.Date >= yearStart && x.Date <= yearEnd).InSubtree(a.UnitPath, db.Scope);
        var activities = await (await Activities.NewestFirst.OrderedAsync(db, InYear, ct))
            .Select(x => new ActivityChoice(x.Id, x.Title, x.Date, x.Files.Count)).Take(200).ToListAsync(ct);
        var files = await db.AssessmentFiles.AsNoTracking().Where(f => f.AssessmentId == id).OrderBy(f => f.Id).ToListAsync(ct);
        return new AssessmentDetail(a, template, actions, activities) { Files = files };
    }

    /// <summary>The same subject's assessments, year by year, with each group's total (reviewed score when there is one).</summary>
    public async Task<SubjectHistory> HistoryAsync(ProgramKind program, long subjectId, CancellationToken ct = default)
    {
        var list = await db.Assessments.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.Program == program && a.SubjectId == subjectId).OrderBy(a => a.Year).ToListAsync(ct);
        var criteria = new Dictionary<long, TemplateCriterion>();
        foreach (var templateId in list.Select(a => a.TemplateId).Distinct())
        {
            foreach (var c in (await templates.FindAsync(templateId, ct))?.Criteria ?? [])
            {
                criteria[c.Id] = c;
            }
        }

        // Versions may reword a point; the groups (for 辅导站 the five criteria) are what compares across years.
        var groups = criteria.Values.OrderBy(c => c.SortOrder).Select(c => c.GroupName).Distinct().ToList();
        string GroupOf(AssessmentScore s) => criteria.TryGetValue(s.CriterionId, out var c) ? c.GroupName : string.Empty;
        var years = list.Select(a => new HistoryYear(a.Id, a.Year, a.Status, a.Total, a.Level,
                a.Scores.Sum(s => s.MaxPoints),
                groups.ToDictionary(g => g, g => a.Scores.Where(s => GroupOf(s) == g).Sum(s => s.ReviewScore ?? s.SelfScore ?? 0))))
            .ToList();
        return new SubjectHistory(list.LastOrDefault()?.SubjectName, groups, years);
    }

    /// <summary>For each subject of a program, this year's assessment and how many criteria fall short.</summary>
    public Task<Dictionary<long, (long Id, int Gaps, decimal Total, string? Level, AssessmentStatus Status)>> ThisYearAsync(ProgramKind program, int year, CancellationToken ct = default) =>
        ThisYearAsync(program, year, null, ct);

    /// <summary>
    /// The same for <paramref name="subjects"/> only (a list's page). Read on its own: the list page's read (<see cref="ListAsync"/>)
    /// stops at 500 rows, which left a province's other stations “未开始”, and names and orders rows nobody shows here.
    /// </summary>
    public async Task<Dictionary<long, (long Id, int Gaps, decimal Total, string? Level, AssessmentStatus Status)>> ThisYearAsync(ProgramKind program, int year, IReadOnlyCollection<long>? subjects, CancellationToken ct = default)
    {
        var q = db.Assessments.AsNoTracking().Where(a => a.Year == year && a.Program == program);
        if (subjects is not null)
        {
            q = q.Where(a => subjects.Contains(a.SubjectId));
        }

        // One a subject a year (a unique index).
        return (await q.Select(a => new { a.SubjectId, a.Id, Gaps = a.Scores.Count(x => (x.ReviewScore ?? x.SelfScore ?? 0) < x.MaxPoints), Total = a.ReviewTotal ?? a.SelfTotal, a.Level, a.Status })
                .ToListAsync(ct))
            .ToDictionary(r => r.SubjectId, r => (r.Id, r.Gaps, r.Total, r.Level, r.Status));
    }
}

public sealed record AssessmentRow(long Id, ProgramKind Program, long SubjectId, string SubjectName, string UnitName, string UnitPath, int Year, AssessmentStatus Status, decimal SelfTotal, decimal? ReviewTotal, string? Level, int Gaps);

public sealed record ActivityChoice(long Id, string Title, DateOnly Date, int Files);

public sealed record AssessmentDetail(Assessment Assessment, AssessmentTemplate Template, IReadOnlyList<RemediationAction> Actions, IReadOnlyList<ActivityChoice> Activities)
{
    /// <summary>The photos and files uploaded as evidence, per criterion by <see cref="FilesOf"/>.</summary>
    public IReadOnlyList<AssessmentFile> Files { get; init; } = [];

    public AssessmentScore ScoreOf(TemplateCriterion c) => Assessment.Scores.Single(s => s.CriterionId == c.Id);

    public IEnumerable<AssessmentFile> FilesOf(TemplateCriterion c) => Files.Where(f => f.CriterionId == c.Id);

    public IEnumerable<TemplateCriterion> Gaps =>
        Template.Criteria.Where(c => (ScoreOf(c).ReviewScore ?? ScoreOf(c).SelfScore ?? 0) < c.MaxPoints);

    public int MaxTotal => Template.Criteria.Sum(c => c.MaxPoints);
}

public sealed record HistoryYear(long Id, int Year, AssessmentStatus Status, decimal Total, string? Level, int MaxTotal, Dictionary<string, decimal> Groups);

public sealed record SubjectHistory(string? SubjectName, IReadOnlyList<string> Groups, IReadOnlyList<HistoryYear> Years);

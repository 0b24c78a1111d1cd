using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// The templates that bind the current scope: those set by its own subtree and those set by the
/// units above it (a district's standard binds its towns), which lie outside the scope.
/// </summary>
public sealed class TemplateCatalog(GuangongDbContext db)
{
    /// <summary>The current versions visible here, above and inside the scope, by program.</summary>
    public async Task<IReadOnlyList<TemplateRow>> ListAsync(CancellationToken ct = default)
    {
        var inside = await Rows(db.AssessmentTemplates.AsNoTracking().Where(t => t.IsCurrent)).ToListAsync(ct);
        var ancestors = Ancestors(db.Scope.Path);
        List<TemplateRow> above;
        using (db.Scope.ReadOutside(OutsideReasons.RulesFromAbove))
        {
            above = await Rows(db.AssessmentTemplates.AsNoTracking().Where(t => t.IsCurrent && ancestors.Contains(t.UnitPath))).ToListAsync(ct);
        }

        return above.Concat(inside).DistinctBy(t => t.Id).OrderBy(t => t.Program).ThenBy(t => t.UnitPath, StringComparer.Ordinal).ThenBy(t => t.Name).ToList();
    }

    /// <summary>
    /// A template version with its criteria, when it binds the scope (set inside it or above it);
    /// else null, as for an id that does not exist.
    /// </summary>
    public async Task<AssessmentTemplate?> FindAsync(long id, CancellationToken ct = default)
    {
        AssessmentTemplate? t;
        using (db.Scope.ReadOutside(OutsideReasons.RulesFromAbove))
        {
            t = await db.AssessmentTemplates.AsNoTracking().Include(x => x.Criteria).SingleOrDefaultAsync(x => x.Id == id, ct);
        }

        return t is not null && Binds(t.UnitPath) ? Ordered(t) : null;
    }

    /// <summary>The template that binds a unit for a year: the nearest unit's current standard for the program.</summary>
    public async Task<AssessmentTemplate?> BindingAsync(ProgramKind program, string unitPath, int year, CancellationToken ct = default)
    {
        var ancestors = Ancestors(unitPath);
        List<AssessmentTemplate> candidates;
        using (db.Scope.ReadOutside(OutsideReasons.RulesFromAbove))
        {
            candidates = await db.AssessmentTemplates.AsNoTracking().Include(x => x.Criteria)
                .Where(t => t.Program == program && t.IsCurrent && t.FromYear <= year && ancestors.Contains(t.UnitPath))
                .ToListAsync(ct);
        }

        return candidates.OrderByDescending(t => t.UnitPath.Length).ThenByDescending(t => t.VersionNumber).Select(Ordered).FirstOrDefault();
    }

    /// <summary>Every version of a standard, oldest first (only where the standard binds the scope).</summary>
    public async Task<IReadOnlyList<TemplateRow>> VersionsAsync(string family, CancellationToken ct = default)
    {
        List<TemplateRow> rows;
        using (db.Scope.ReadOutside(OutsideReasons.RulesFromAbove))
        {
            rows = await Rows(db.AssessmentTemplates.AsNoTracking().Where(t => t.Family == family)).ToListAsync(ct);
        }

        return rows.Where(r => Binds(r.UnitPath)).OrderBy(r => r.VersionNumber).ToList();
    }

    private bool Binds(string templatePath) => db.Scope.Covers(templatePath) || Ancestors(db.Scope.Path).Contains(templatePath);

    /// <summary>"/1/3/7/" → "/1/", "/1/3/", "/1/3/7/".</summary>
    public static List<string> Ancestors(string? path)
    {
        var list = new List<string>();
        if (string.IsNullOrEmpty(path))
        {
            return list;
        }

        for (var i = path.IndexOf('/', 1); i > 0; i = path.IndexOf('/', i + 1))
        {
            list.Add(path[..(i + 1)]);
        }

        return list;
    }

    private static AssessmentTemplate Ordered(AssessmentTemplate t)
    {
        t.Criteria = t.Criteria.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList();
        return t;
    }

    private static IQueryable<TemplateRow> Rows(IQueryable<AssessmentTemplate> q) =>
        q.Select(t => new TemplateRow(t.Id, t.Program, t.Name, t.FromYear, t.VersionNumber, t.Family, t.Unit!.Name, t.UnitPath, t.Thresholds, t.Criteria.Count, t.Criteria.Sum(c => c.MaxPoints)));
}

public sealed record TemplateRow(long Id, ProgramKind Program, string Name, int FromYear, int VersionNumber, string Family, string UnitName, string UnitPath, string Thresholds, int CriteriaCount, int MaxTotal);

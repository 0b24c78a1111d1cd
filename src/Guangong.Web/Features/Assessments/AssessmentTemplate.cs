using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// A standard (评估标准) set by a unit for a kind of program; it binds the units below it. Each
/// version is its own row: once an assessment uses a version, a change is saved as the next version
/// (same <see cref="Family"/>), so last year's results keep the criteria they were scored against.
/// </summary>
public class AssessmentTemplate : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The unit that sets the standard.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public ProgramKind Program { get; set; }

    /// <summary>Shared by all versions of one standard (a GUID string).</summary>
    public string Family { get; set; } = string.Empty;

    public int VersionNumber { get; set; } = 1;

    /// <summary>False once a later version replaces it.</summary>
    public bool IsCurrent { get; set; } = true;

    public string Name { get; set; } = string.Empty;

    /// <summary>The first year it applies to.</summary>
    public int FromYear { get; set; }

    /// <summary>Levels reached by total, e.g. "合格=60；区优=80；市优=90" (see <see cref="LevelThresholds"/>).</summary>
    public string Thresholds { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<TemplateCriterion> Criteria { get; set; } = [];
}

/// <summary>One scored point of a template, under a group (for 辅导站 the groups are the five criteria).</summary>
public class TemplateCriterion : IUnitOwned
{
    public long Id { get; set; }

    public long TemplateId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string GroupName { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public string Text { get; set; } = string.Empty;

    public int MaxPoints { get; set; }

    public ScoringKind Scoring { get; set; } = ScoringKind.Points;

    public bool EvidenceRequired { get; set; }

    public string? Guidance { get; set; }
}

using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>A unit's plan for a year (工作计划/意见/要点), kept in the document's own structure.</summary>
public class WorkPlan : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Issuer { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Preamble { get; set; }

    /// <summary>The text as imported, kept so the officer can always compare with the original.</summary>
    public string? SourceText { get; set; }

    public List<WorkPlanSection> Sections { get; set; } = [];

    public List<PlanRosterMember> Roster { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

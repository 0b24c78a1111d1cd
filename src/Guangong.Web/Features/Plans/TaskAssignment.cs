using System.ComponentModel.DataAnnotations;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// A task as given to one owner unit. It belongs to the owner (its path is the owner's), so a
/// village sees the tasks assigned to it through the same scope filter as everything else, while
/// the town above sees every assignment of its plan. The task's words are copied here for that reason.
/// </summary>
public class TaskAssignment : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public PlanTask? Task { get; set; }

    public long PlanId { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string PlanTitle { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string TaskText { get; set; } = string.Empty;

    public DateOnly? DueDate { get; set; }

    public string? Target { get; set; }

    /// <summary>The task's frequency (每季度), copied like its deadline and target.</summary>
    public string? Frequency { get; set; }

    public int Percent { get; set; }

    public bool HasProgress { get; set; }

    public bool NotApplicable { get; set; }

    public DateOnly? LastProgressOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public PlanTaskStatus StatusOn(DateOnly today) =>
        NotApplicable ? PlanTaskStatus.NotApplicable
        : Percent >= 100 ? PlanTaskStatus.Done
        : DueDate is { } due && due < today ? PlanTaskStatus.Overdue
        : HasProgress ? PlanTaskStatus.InProgress
        : PlanTaskStatus.NotStarted;
}

using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>One item of a plan, turned into a task with its due date and target; owned by the plan's unit.</summary>
public class PlanTask : IUnitOwned, IVersioned
{
    public const int FrequencyLength = 50;

    public long Id { get; set; }

    public long PlanId { get; set; }

    public WorkPlan? Plan { get; set; }

    public long SectionId { get; set; }

    public WorkPlanSection? Section { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>The item's number as written (1, 一是, （1）).</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>Section and item, e.g. 二.1, for tables where the text does not fit.</summary>
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateOnly? DueDate { get; set; }

    /// <summary>The deadline as the plan words it (2023年底前, 暑期).</summary>
    public string? DueText { get; set; }

    public string? Target { get; set; }

    /// <summary>How often the task recurs (每季度, 每月, 每周, 每年两次): kept apart from the deadline.</summary>
    public string? Frequency { get; set; }

    public string? Program { get; set; }

    /// <summary>不适用: the officer decided this item needs no tracking.</summary>
    public bool NotApplicable { get; set; }

    public int Order { get; set; }

    public List<TaskAssignment> Assignments { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

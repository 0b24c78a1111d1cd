namespace Guangong.Web.Features.Plans;

// The /api/v1/plans answers. Property names are the JSON names (camelCase on the wire).

/// <summary>GET /api/v1/plans/{id}: the plan with its sections, tasks and each owning unit's progress.</summary>
public sealed record PlanDetailDto(long Id, int Year, string Title, string? Issuer, DateOnly? IssuedOn, int Percent, IReadOnlyList<PlanSectionDto> Sections)
{
    public static PlanDetailDto From(PlanView v) => new(v.Plan.Id, v.Plan.Year, v.Plan.Title, v.Plan.Issuer, v.Plan.IssuedOn, v.Percent, [.. v.Sections.Select(PlanSectionDto.From)]);
}

public sealed record PlanSectionDto(string Number, string Heading, int Percent, IReadOnlyList<PlanTaskDto> Tasks)
{
    public static PlanSectionDto From(SectionView s) => new(s.Section.Number, s.Section.Heading, s.Percent, [.. s.Tasks.Select(PlanTaskDto.From)]);
}

public sealed record PlanTaskDto(long Id, string Label, string Text, DateOnly? DueDate, string? Target, string Status, int Percent, IReadOnlyList<OwnerView> Owners, string? Frequency)
{
    public static PlanTaskDto From(TaskView t) => new(t.Task.Id, t.Task.Label, t.Task.Text, t.Task.DueDate, t.Task.Target, t.Status.ToString(), t.Percent, t.Owners, t.Task.Frequency);
}

/// <summary>GET /api/v1/plans/assignments/{id}: a task as assigned to one unit, its progress reports and linked activities.</summary>
public sealed record AssignmentDetailDto(long Id, long TaskId, string Label, string TaskText, DateOnly? DueDate, int Percent, string Unit,
    IReadOnlyList<ProgressDto> Progress, IReadOnlyList<LinkedActivity> Activities, string? Frequency)
{
    public static AssignmentDetailDto From(AssignmentDetail a) => new(a.Assignment.Id, a.Assignment.TaskId, a.Assignment.Label, a.Assignment.TaskText, a.Assignment.DueDate, a.Assignment.Percent,
        a.UnitName, [.. a.Progress.Select(p => new ProgressDto(p.Date, p.Text, p.Percent, p.AuthorName))], a.Activities, a.Assignment.Frequency);
}

public sealed record ProgressDto(DateOnly Date, string Text, int Percent, string AuthorName);

/// <summary>A progress report just saved.</summary>
public sealed record SavedProgressDto(long Id, DateOnly Date, int Percent, string Text)
{
    public static SavedProgressDto From(TaskProgress p) => new(p.Id, p.Date, p.Percent, p.Text);
}

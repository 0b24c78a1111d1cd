using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>A progress report on an assignment: what was done, how far along, with evidence files.</summary>
public class TaskProgress : IUnitOwned
{
    public long Id { get; set; }

    public long AssignmentId { get; set; }

    public long TaskId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string Text { get; set; } = string.Empty;

    public int Percent { get; set; }

    public string AuthorName { get; set; } = string.Empty;

    public List<ProgressFile> Files { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}

using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>A numbered section (一、二、…) of a plan.</summary>
public class WorkPlanSection : IUnitOwned
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public string Heading { get; set; } = string.Empty;

    public string? Text { get; set; }

    public int Order { get; set; }

    public List<PlanTask> Tasks { get; set; } = [];
}

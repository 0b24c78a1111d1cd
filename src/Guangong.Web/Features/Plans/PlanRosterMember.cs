using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

/// <summary>A member of the committee listed in the plan's appendix; can be applied to the leadership team.</summary>
public class PlanRosterMember : IUnitOwned
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Post { get; set; }

    public int Order { get; set; }
}

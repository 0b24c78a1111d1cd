using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Committees;

/// <summary>A member unit (成员单位) working with a committee: 团委, 妇联, 派出所 …, with its contact person.</summary>
public class MemberUnit : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Category { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Committees;

/// <summary>
/// A requirement on the leadership teams of every committee below the unit that sets it, to be met
/// by a due date (郑陆 一.3: 对不符合《实施意见》规定的，于2023年底前调整到位).
/// </summary>
public class LeadershipRule : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public RuleKind Kind { get; set; }

    public DateOnly DueDate { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Basis { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Committees;

/// <summary>A correspondent (通讯员) who reports for a unit or a grid of it (网格化制度).</summary>
public class Correspondent : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The unit they report for.</summary>
    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Phone { get; set; }

    /// <summary>Their account, when they submit articles themselves.</summary>
    public long? UserId { get; set; }

    /// <summary>The grid they cover, e.g. 第一网格（乌审召嘎查、巴音敖包嘎查）.</summary>
    public string? Grid { get; set; }

    public DateOnly? FromDate { get; set; }

    public DateOnly? ToDate { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

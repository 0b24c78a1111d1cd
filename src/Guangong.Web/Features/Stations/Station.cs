using System.ComponentModel.DataAnnotations;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Stations;

public enum StationStage
{
    [Display(Name = "计划创建")] Planned = 1,
    [Display(Name = "创建中")] Creating = 2,
    [Display(Name = "通过验收")] Passed = 3,
    [Display(Name = "巩固提升")] Consolidating = 4,
}

/// <summary>
/// A 校外教育辅导站 run by a village or community committee (its host unit, which owns the record and
/// scores it). Its activity log is the activities the host unit records or holds there.
/// </summary>
public class Station : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The host village or community.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public StationStage Stage { get; set; } = StationStage.Planned;

    /// <summary>The 新时代文明实践站 it shares its room with, if any.</summary>
    public string? CivilizationStation { get; set; }

    /// <summary>Partner 关爱站, schools, companies, joined by "、".</summary>
    public string? Partners { get; set; }

    public string? Master { get; set; }

    /// <summary>Tutors: 五老 from the roster and others, joined by "、".</summary>
    public string? Tutors { get; set; }

    public string? Rooms { get; set; }

    public string? Equipment { get; set; }

    public string? OpeningHours { get; set; }

    public string? Phone { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<StationHonour> Honours { get; set; } = [];
}

/// <summary>A title (区优, 市优) a station was awarded in a year; an honour lost on re-check is kept, marked lost.</summary>
public class StationHonour : IUnitOwned
{
    public long Id { get; set; }

    public long StationId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public string Title { get; set; } = string.Empty;

    public bool Lost { get; set; }
}

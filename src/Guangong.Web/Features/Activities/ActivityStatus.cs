using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Activities;

public enum ActivityStatus
{
    /// <summary>Saved half-way (a dropped connection, a recorder called away); not counted anywhere yet.</summary>
    [Display(Name = "草稿")]
    Draft = 1,

    [Display(Name = "计划中")]
    Planned = 2,

    [Display(Name = "已开展")]
    Completed = 3,
}

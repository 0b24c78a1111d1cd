using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.People;

/// <summary>Where a volunteer stands in the team; every change is kept with its date.</summary>
public enum VolunteerStatus
{
    [Display(Name = "拟吸纳")]
    Prospective = 1,

    [Display(Name = "在册")]
    Active = 2,

    [Display(Name = "暂停")]
    Suspended = 3,

    [Display(Name = "退出")]
    Withdrawn = 4,

    [Display(Name = "已故")]
    Deceased = 5,
}

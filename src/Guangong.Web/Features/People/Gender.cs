using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.People;

public enum Gender
{
    [Display(Name = "男")]
    Male = 1,

    [Display(Name = "女")]
    Female = 2,
}

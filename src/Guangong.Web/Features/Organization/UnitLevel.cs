using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Organization;

/// <summary>Administrative level of a unit, from province down to village.</summary>
public enum UnitLevel
{
    [Display(Name = "省")] Province = 1,
    [Display(Name = "市")] City = 2,
    [Display(Name = "区县旗")] District = 3,
    [Display(Name = "乡镇街道")] Town = 4,
    [Display(Name = "村嘎查社区")] Village = 5,
}

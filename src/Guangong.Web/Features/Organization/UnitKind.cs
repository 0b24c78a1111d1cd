using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Organization;

public enum UnitKind
{
    [Display(Name = "关工委")] Committee = 1,
    [Display(Name = "学校")] School = 2,
    [Display(Name = "幼儿园")] Kindergarten = 3,
    [Display(Name = "企业（民企关工委）")] Enterprise = 4,
    [Display(Name = "成员单位")] MemberUnit = 5,
    [Display(Name = "关爱站（法庭）")] CareStationCourt = 6,
    [Display(Name = "关爱站（司法所）")] CareStationJustice = 7,
    [Display(Name = "关爱站（派出所）")] CareStationPolice = 8,
    [Display(Name = "教育基地")] EducationBase = 9,
}

using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Committees;

public enum RuleKind
{
    [Display(Name = "配备主任")]
    DirectorSet = 1,

    [Display(Name = "配备秘书长或干事")]
    SecretaryOrStaffSet = 2,

    [Display(Name = "班子中至少一名五老")]
    FiveElderOnTeam = 3,

    [Display(Name = "班子无空缺职位")]
    NoVacancy = 4,
}

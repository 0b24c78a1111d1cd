using System.ComponentModel.DataAnnotations;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Plans;

public enum PlanTaskStatus
{
    [Display(Name = "未开始")]
    NotStarted = 1,

    [Display(Name = "进行中")]
    InProgress = 2,

    [Display(Name = "已完成")]
    Done = 3,

    [Display(Name = "已逾期")]
    Overdue = 4,

    [Display(Name = "不适用")]
    NotApplicable = 5,
}

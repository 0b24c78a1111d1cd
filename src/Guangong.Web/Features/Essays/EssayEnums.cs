using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Essays;

/// <summary>The level of the body that called the contest.</summary>
public enum ContestLevel
{
    [Display(Name = "省级")]
    Province,

    [Display(Name = "市级")]
    City,

    [Display(Name = "区级")]
    District,

    [Display(Name = "镇级")]
    Town,
}

/// <summary>A contest's entry groups (组别).</summary>
public enum EssayGroup
{
    [Display(Name = "小学低年级组")]
    LowerPrimary,

    [Display(Name = "小学高年级组")]
    UpperPrimary,

    [Display(Name = "初中组")]
    Junior,

    [Display(Name = "高中组")]
    Senior,

    [Display(Name = "成人·五老组")]
    Adult,
}

public enum AwardLevel
{
    [Display(Name = "一等奖")]
    First = 1,

    [Display(Name = "二等奖")]
    Second = 2,

    [Display(Name = "三等奖")]
    Third = 3,

    [Display(Name = "优秀奖")]
    Merit = 4,
}

/// <summary>How the organiser gives the awards: a number of pieces per award and group, or a minimum score.</summary>
public enum AwardMode
{
    [Display(Name = "按名额（每组）")]
    Counts,

    [Display(Name = "按分数线")]
    Thresholds,
}

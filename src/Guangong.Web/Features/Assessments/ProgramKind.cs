using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Assessments;

/// <summary>What kind of thing a template assesses; a subject of that kind is assessed against it once a year.</summary>
public enum ProgramKind
{
    [Display(Name = "校外教育辅导站")] Station = 1,
    [Display(Name = "特色五老工作室")] Workshop = 2,
    [Display(Name = "民企关工委")] Enterprise = 3,
    [Display(Name = "教育基地")] EducationBase = 4,
}

/// <summary>How a criterion is scored.</summary>
public enum ScoringKind
{
    /// <summary>Full points or none.</summary>
    [Display(Name = "达标/不达标")] MetOrNot = 1,

    /// <summary>Any whole or half point from 0 to the criterion's maximum.</summary>
    [Display(Name = "按分值给分（0至满分）")] Points = 2,

    /// <summary>优/良/中/差: all, 80 %, 60 % or none of the points.</summary>
    [Display(Name = "等级")] Level = 3,
}

public enum AssessmentStatus
{
    [Display(Name = "自评中")] Draft = 1,
    [Display(Name = "待审核")] Submitted = 2,
    [Display(Name = "已审核")] Reviewed = 3,
}

using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// What a progress report must be, wherever it is written: on one assignment's form or in one pass over a
/// summary read against the plan. Field names are passed in so each form shows the message beside its own field.
/// </summary>
public static class ProgressRules
{
    public const int TextMaxLength = 2000;

    public static DateOnly? ReadDate(string? text, DateOnly today, string field, List<FieldError> errors)
    {
        return DateField.Read(text, DateKind.Happened, today, field, errors, "请填写日期，格式如 2023-06-30。");
    }

    public static string ReadText(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > TextMaxLength)
        {
            errors.Add(new FieldError(field, string.IsNullOrWhiteSpace(text) ? "请写明做了什么。" : $"进展说明不能超过{TextMaxLength}个字。"));
        }

        return text?.Trim() ?? string.Empty;
    }

    public static int ReadPercent(string? text, string field, List<FieldError> errors)
    {
        if (!int.TryParse(text?.Trim().TrimEnd('%', '％'), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent > 100)
        {
            errors.Add(new FieldError(field, "完成比例须为0到100之间的整数。"));
        }

        return percent;
    }

    /// <summary>A report dated before the latest one is kept as history but does not roll the figures back.</summary>
    public static void Apply(TaskAssignment assignment, TaskProgress progress)
    {
        assignment.HasProgress = true;
        if (progress.Date >= (assignment.LastProgressOn ?? DateOnly.MinValue))
        {
            assignment.Percent = progress.Percent;
            assignment.LastProgressOn = progress.Date;
        }
    }
}

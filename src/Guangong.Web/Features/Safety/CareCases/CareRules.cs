using System.Text.RegularExpressions;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Safety.CareCases;

/// <summary>The field rules of the care-case forms and API, with their Chinese messages.</summary>
internal static partial class CareRules
{
    public static string? PersonName(string? text, string field, string label, List<FieldError> errors)
    {
        var name = text?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(new FieldError(field, $"请填写{label}。"));
            return null;
        }

        if (name.Length > 20 || NotAName().IsMatch(name))
        {
            errors.Add(new FieldError(field, $"{label}应为20字以内的姓名，不能有数字或符号。"));
            return null;
        }

        return name;
    }

    /// <summary>A date that has happened: not in the future, not before the case was opened.</summary>
    public static DateOnly PastDate(string? text, DateOnly? notBefore, DateOnly today, string label, List<FieldError> errors)
    {
        var date = DateField.Read(text, DateKind.Event, today, "Date", errors, $"请填写{label}。");
        if (date > today)
        {
            errors.Add(new FieldError("Date", $"{label}不能晚于今天。"));
        }
        else if (date < notBefore)
        {
            errors.Add(new FieldError("Date", $"{label}不能早于立案日期{ChinaTime.Date(notBefore!.Value)}。"));
        }

        return date ?? today;
    }

    [GeneratedRegex(@"[\d\p{P}\p{S}-[·•]]")]
    private static partial Regex NotAName();
}

using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Safety;

/// <summary>Field rules the safety forms share, with their Chinese messages.</summary>
internal static class SafetyText
{
    public static string? Optional(string? text, int max, string field, string label, List<FieldError> errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
            return null;
        }

        return value;
    }

    /// <summary>A count of people (minors found, children dissuaded): a whole number in a plausible range.</summary>
    public static int Count(string? text, int max, string field, string label, List<FieldError> errors)
    {
        if (int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= max)
        {
            return n;
        }

        errors.Add(new FieldError(field, $"{label}应为0到{max}之间的整数。"));
        return 0;
    }

    /// <summary>A yes/no question that must be answered: "是"/"否", or true/false from the API.</summary>
    public static bool YesNo(string? text, string field, string label, List<FieldError> errors)
    {
        switch (text?.Trim())
        {
            case "是" or "true" or "True":
                return true;
            case "否" or "false" or "False":
                return false;
            default:
                errors.Add(new FieldError(field, $"请选择{label}（是或否）。"));
                return false;
        }
    }
}

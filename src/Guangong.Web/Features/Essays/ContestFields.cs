using System.Globalization;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Essays;

/// <summary>Reads a contest form's typed text and numbers, adding a message beside the field for what it refuses.</summary>
internal static class ContestFields
{
    internal static string Text(string? value, int max, string field, string required, List<FieldError> errors)
    {
        var t = value?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            errors.Add(new(field, required));
        }
        else if (t.Length > max)
        {
            errors.Add(new(field, $"不能超过{max}个字。"));
        }

        return t;
    }

    internal static int? Number(string? value, string field, int min, int max, string what, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors.Add(new(field, $"{what}应为{min}–{max}的整数。"));
            return null;
        }

        return n;
    }

    internal static decimal? Decimal(string? value, decimal? fallback, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                errors.Add(new(field, "请填写数字。"));
            }

            return fallback;
        }

        if (!decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d > 1000)
        {
            errors.Add(new(field, "请填写0–1000的数字。"));
            return null;
        }

        return d;
    }
}

using System.Text.RegularExpressions;

namespace Guangong.Web.Infrastructure.Commands;

/// <summary>A Chinese mobile number (13812345678) or a landline with its area code (0477-1234567).</summary>
public static partial class PhoneNumber
{
    public const string Message = "电话应为11位手机号（如13812345678）或带区号的固定电话（如0477-1234567）。";

    /// <summary>The rule as a pattern, for a form's [RegularExpression] too.</summary>
    public const string PatternText = @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$";

    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone.Trim());

    /// <summary>Adds the message for a phone field that is filled in but not a phone number.</summary>
    public static void Check(string? phone, string field, List<FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(phone) && !IsValid(phone))
        {
            errors.Add(new FieldError(field, Message));
        }
    }

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}

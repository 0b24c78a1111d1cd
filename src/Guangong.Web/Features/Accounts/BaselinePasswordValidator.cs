using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// The baseline's password rule (等保 practice): at least 10 and at most 128 characters, three of
/// four character classes, not the account name, not a well-known password.
/// </summary>
public sealed class BaselinePasswordValidator : IPasswordValidator<AppUser>
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "Password123!", "Passw0rd!23", "P@ssw0rd123", "Admin@12345", "Qwerty@12345", "Abc@1234567",
        "1qaz@WSX3edc", "Aa123456789!", "Welcome@123", "Password@123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = new List<IdentityError>();
        password ??= string.Empty;
        if (password.Length < MinLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = $"密码至少{MinLength}位。" });
        }

        if (password.Length > MaxLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"密码不能超过{MaxLength}位。" });
        }

        var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3)
        {
            errors.Add(new IdentityError { Code = "PasswordClasses", Description = "密码须包含大写字母、小写字母、数字、符号中的至少三类。" });
        }

        if (!string.IsNullOrEmpty(user.UserName) && password.Contains(user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        }

        if (Common.Contains(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "该密码过于常见，请换一个。" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}

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

    /// <summary>
    /// Words that top every leaked-password list, once the digits and symbols people put around
    /// them are taken off and look-alike digits read as letters: "Password123", "P@ssw0rd!",
    /// "Qwerty123456" and "Woaini@1314" all come down to one of these.
    /// </summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pass", "admin", "administrator", "root", "welcome", "letmein", "login", "user", "guest", "test",
        "qwerty", "qwertyuiop", "qwer", "asdf", "asdfgh", "asdfghjkl", "zxcv", "zxcvbn", "zxcvbnm", "qazwsx", "iqazwsx", "iqaziwsx",
        "abc", "abcd", "abcdef", "abcdefg", "iloveyou", "woaini", "aini", "monkey", "dragon", "master", "sunshine", "princess",
        "football", "baseball", "superman", "batman", "trustno", "hello", "china", "huawei", "baidu", "taobao", "changeme",
    };

    /// <summary>Keyboard and alphabet runs: a password that is only a stretch of one of these is no secret.</summary>
    private static readonly string[] Runs =
    [
        "01234567890", "09876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "1qaz2wsx3edc4rfv5tgb", "1q2w3e4r5t6y7u8i9o0p", "!qaz@wsx#edc$rfv", "1qaz@wsx3edc$rfv", "1qaz!qaz", "2wsx@wsx",
    ];

    private static readonly char[] Decoration = "0123456789!@#$%^&*()_+-=.,;:?~`'\"/\\[]{}<> ".ToCharArray();

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

        // A Chinese input method in full-width mode types Ｑａ１２…: a password that then never matches the one typed in
        // half-width at the next sign-in, and that passed the common-password check in disguise.
        if (password.Any(c => c is >= '\uFF01' and <= '\uFF5E' or '\u3000'))
        {
            errors.Add(new IdentityError { Code = "PasswordFullWidth", Description = "密码中有全角字符，请把输入法切换到英文（半角）后重新输入。" });
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

        if (IsCommon(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "该密码太常见或太有规律（如连续的字母、数字），容易被猜到，请换一个。" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>True for a password that a guessing list would try early.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (Runs.Any(r => r.Contains(lower, StringComparison.Ordinal)) || lower.Distinct().Count() <= 3)
        {
            return true;
        }

        var letters = lower.Trim(Decoration);
        var leet = new string(letters.Select(c => c switch
        {
            '0' => 'o', '1' or '!' or '|' => 'i', '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' => 't', _ => c,
        }).ToArray());
        return CommonWords.Contains(letters) || CommonWords.Contains(leet) || letters.Length <= 2
            || Runs.Any(r => r.Contains(letters, StringComparison.Ordinal));
    }
}

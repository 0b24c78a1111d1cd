namespace Guangong.Web.Features.Accounts;

/// <summary>Two-step recovery codes as people type them back.</summary>
public static class RecoveryCodeText
{
    /// <summary>
    /// A recovery code as it was issued (XXXXX-XXXXX, capitals), however it was copied from paper: in small letters, with
    /// a space or a full-width dash for the hyphen, or none.
    /// </summary>
    public static string AsIssued(string typed)
    {
        var code = typed.ToUpperInvariant().Replace('－', '-').Replace('—', '-');
        var letters = string.Concat(code.Where(char.IsAsciiLetterOrDigit));
        return letters.Length == 10 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ' ') ? $"{letters[..5]}-{letters[5..]}" : code;
    }
}

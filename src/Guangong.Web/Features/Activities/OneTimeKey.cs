using System.Diagnostics.CodeAnalysis;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// The keys the activity form carries so that a second send is recognised: the new form's
/// <see cref="Activity.SubmissionKey"/> and each picked file's <see cref="PendingUpload"/> token.
/// Anything not shaped like one is ignored, never looked up.
/// </summary>
public static class OneTimeKey
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed([NotNullWhen(true)] string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);
}

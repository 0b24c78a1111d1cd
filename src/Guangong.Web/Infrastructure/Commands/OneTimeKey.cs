using System.Diagnostics.CodeAnalysis;

namespace Guangong.Web.Infrastructure.Commands;

/// <summary>
/// The keys a form carries so that a second send is recognised: a new form's submission key
/// (<see cref="SubmitOnce"/>, and the activity form's own) and each picked file's upload token.
/// Anything not shaped like one is ignored, never looked up.
/// </summary>
public static class OneTimeKey
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed([NotNullWhen(true)] string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);
}

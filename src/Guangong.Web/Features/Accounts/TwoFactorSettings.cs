namespace Guangong.Web.Features.Accounts;

/// <summary>
/// Whether administrators must use an authenticator app. On by default; the demo installation
/// turns it off so its shared demo accounts stay usable (Accounts:RequireTwoFactorForAdministrators).
/// </summary>
public sealed record TwoFactorSettings(bool RequiredForAdministrators)
{
    public const string Issuer = "关工委工作平台";

    /// <summary>How long the password step stays valid while the code is typed.</summary>
    public static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(5);
}

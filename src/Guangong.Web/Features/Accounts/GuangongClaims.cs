namespace Guangong.Web.Features.Accounts;

public static class GuangongClaims
{
    /// <summary>The session secret inside the (encrypted) cookie.</summary>
    public const string Session = "gg:sid";

    public const string MustChangePassword = "gg:must_change_password";

    public const string DisplayName = "gg:display_name";

    /// <summary>An administrator who must set up the authenticator before anything else.</summary>
    public const string MustEnrolTwoFactor = "gg:must_enrol_2fa";
}

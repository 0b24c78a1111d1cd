namespace Guangong.Web.Features.Accounts;

/// <summary>Session rules of the security baseline; bound from "Sessions".</summary>
public sealed class SessionPolicy
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>LastSeen is written at most this often, so a busy user does not write on every click.</summary>
    public TimeSpan TouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}

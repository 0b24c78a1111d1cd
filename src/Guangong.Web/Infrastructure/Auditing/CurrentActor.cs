namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>Who is acting in this request, as written into audit entries.</summary>
public sealed class CurrentActor
{
    public long? UserId { get; private set; }

    public string UserName { get; private set; } = "系统";

    /// <summary>The name records show for who submitted, reviewed or closed them (郑陆镇关工委干事), not the login name.</summary>
    public string DisplayName { get; private set; } = "系统";

    public string? IpAddress { get; set; }

    /// <summary>When this request's session was signed in (set by the session check); what came before is another sitting.</summary>
    public DateTime? SessionStartedUtc { get; set; }

    public void SignedIn(long userId, string userName, string? displayName = null)
    {
        UserId = userId;
        UserName = userName;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName;
    }
}

namespace Guangong.Web.Features.Accounts;

public enum SessionKind
{
    Browser = 1,
    ApiToken = 2,
}

/// <summary>
/// A server-side session behind a cookie or a bearer token. The secret itself is never stored,
/// only its SHA-256 hash as <see cref="Id"/>, so revoking a row ends that cookie or token even
/// if someone copied it.
/// </summary>
public class UserSession
{
    public string Id { get; set; } = string.Empty;

    public long UserId { get; set; }

    public SessionKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }
}

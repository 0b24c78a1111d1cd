namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>Who is acting in this request, as written into audit entries.</summary>
public sealed class CurrentActor
{
    public long? UserId { get; private set; }

    public string UserName { get; private set; } = "系统";

    public string? IpAddress { get; set; }

    public void SignedIn(long userId, string userName)
    {
        UserId = userId;
        UserName = userName;
    }
}

using Guangong.Web.Features.Organization;

namespace Guangong.Web.Features.Accounts;

public sealed record UnitChoice(long Id, string Name, int Depth);

/// <summary>What the pages need to know about the signed-in user in this request.</summary>
public sealed class CurrentUser
{
    public bool IsAuthenticated { get; private set; }

    public long UserId { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();

    public long? HomeUnitId { get; private set; }

    public string HomeUnitName { get; private set; } = "全部单位";

    /// <summary>The unit whose subtree the user is looking at now (the switcher narrows it).</summary>
    public long? ScopeUnitId { get; set; }

    public string ScopeUnitName { get; set; } = "全部单位";

    public bool ElderMode { get; private set; }

    /// <summary>Units the switcher offers, loaded once by the middleware (components must not query in parallel).</summary>
    public IReadOnlyList<UnitChoice> SwitchChoices { get; set; } = [];

    public bool IsAdministrator => Roles.Contains(RoleNames.Administrator);

    public bool CanWrite => Roles.Contains(RoleNames.Administrator) || Roles.Contains(RoleNames.Officer) || Roles.Contains(RoleNames.Recorder);

    public bool InRole(string role) => Roles.Contains(role);

    /// <summary>Reads the 五老 roster and service hours (personal data); see <c>VolunteerInput.Readers</c>.</summary>
    public bool CanReadRoster => CanWrite || Roles.Contains(RoleNames.Viewer);

    /// <summary>An elder's own account: they come to check in and see their own service, nothing else.</summary>
    public bool IsVolunteerOnly => Roles.Count > 0 && Roles.All(r => r == RoleNames.Volunteer);

    public void SignedIn(long userId, string userName, string displayName, IEnumerable<string> roles, Unit? homeUnit, bool elderMode)
    {
        IsAuthenticated = true;
        UserId = userId;
        UserName = userName;
        DisplayName = displayName;
        Roles = roles.ToHashSet();
        HomeUnitId = homeUnit?.Id;
        HomeUnitName = homeUnit?.Name ?? "全部单位";
        ScopeUnitId = HomeUnitId;
        ScopeUnitName = HomeUnitName;
        ElderMode = elderMode;
    }
}

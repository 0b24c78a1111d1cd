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

    /// <summary>What kind of unit the user works in (a school, a company); null for the platform's administrator.</summary>
    public UnitKind? HomeUnitKind { get; private set; }

    /// <summary>
    /// Works in a committee (a village's, a town's, a district's) or for the whole platform: the village programs (stations,
    /// patrols, cafés, 零犯罪村) are its work; a school's, a company's or a base's recorder is not offered them.
    /// </summary>
    public bool WorksInCommittee => HomeUnitKind is null or UnitKind.Committee;

    /// <summary>The unit whose subtree the user is looking at now (the switcher narrows it).</summary>
    public long? ScopeUnitId { get; set; }

    public string ScopeUnitName { get; set; } = "全部单位";

    public bool ElderMode { get; private set; }

    /// <summary>An administrator who must turn on two-step verification before anything else: the pages offer no menu until then.</summary>
    public bool MustEnrolTwoFactor { get; set; }

    /// <summary>Units the switcher offers, loaded once by the middleware (components must not query in parallel).</summary>
    public IReadOnlyList<UnitChoice> SwitchChoices { get; set; } = [];

    public bool IsAdministrator => Roles.Contains(RoleNames.Administrator);

    /// <summary>Whether a named policy (<see cref="Policies"/>) lets this user in: what menus, tiles and buttons ask.</summary>
    public bool Can(string policy) => Policies.Allows(policy, Roles);

    /// <summary>Only 上级查看: reads its subtree and writes none of it (<see cref="Infrastructure.Scoping.DataScope.ReadsOnly"/>).</summary>
    public bool ReadsOnly => Roles.All(r => r == RoleNames.Viewer);

    /// <summary>An elder with no other role gets the short menu and the big buttons.</summary>
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
        HomeUnitKind = homeUnit?.Kind;
        ScopeUnitId = HomeUnitId;
        ScopeUnitName = HomeUnitName;
        ElderMode = elderMode;
    }
}

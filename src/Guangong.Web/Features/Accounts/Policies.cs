using Microsoft.AspNetCore.Authorization;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// Who may do what, said once. Pages use these names in <c>[Authorize(Policy = …)]</c>, endpoints in
/// <c>RequireAuthorization(…)</c>, and menus, tiles and buttons through <see cref="CurrentUser.Can"/>,
/// which reads the same table: a link is shown exactly when the page behind it opens.
/// </summary>
public static class Policies
{
    public const string CanAdminister = nameof(CanAdminister);
    public const string CanManageUnits = nameof(CanManageUnits);
    public const string CanManageCommittees = nameof(CanManageCommittees);
    public const string CanManageRoster = nameof(CanManageRoster);
    /// <summary>
    /// Reads the roster and service hours (personal data: phones, birth years). A 五老 volunteer sees
    /// their own service on 我的服务, not their neighbours' records; a correspondent has no need for it.
    /// </summary>
    public const string CanReadRoster = nameof(CanReadRoster);
    public const string CanRecordActivities = nameof(CanRecordActivities);
    public const string CanEditPlans = nameof(CanEditPlans);
    /// <summary>Issues official documents (发文字号, 版头) and keeps the unit's issuing profile and register.</summary>
    public const string CanIssueDocuments = nameof(CanIssueDocuments);
    public const string CanReportProgress = nameof(CanReportProgress);
    public const string CanViewOwnService = nameof(CanViewOwnService);
    /// <summary>Keeps program registries (stations …) and scores one's own unit's assessments.</summary>
    public const string CanAssessPrograms = nameof(CanAssessPrograms);
    /// <summary>Sets standards and reviews the assessments and applications of the units below.</summary>
    public const string CanReviewPrograms = nameof(CanReviewPrograms);

    /// <summary>Each policy and the roles that satisfy it (any one of them).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [CanAdminister] = [RoleNames.Administrator],
        [CanManageUnits] = [RoleNames.Administrator, RoleNames.Officer],
        [CanManageCommittees] = [RoleNames.Administrator, RoleNames.Officer],
        [CanManageRoster] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanReadRoster] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Viewer],
        [CanRecordActivities] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanEditPlans] = [RoleNames.Administrator, RoleNames.Officer],
        [CanIssueDocuments] = [RoleNames.Administrator, RoleNames.Officer],
        [CanReportProgress] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanViewOwnService] = [RoleNames.Volunteer],
        [CanAssessPrograms] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanReviewPrograms] = [RoleNames.Administrator, RoleNames.Officer],
    };

    public static AuthorizationBuilder AddGuangongPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, roles) in Roles)
        {
            builder.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }

    public static bool Allows(string policy, IReadOnlySet<string> roles) =>
        Roles.TryGetValue(policy, out var allowed) ? allowed.Any(roles.Contains) : throw new ArgumentException($"Unknown policy {policy}", nameof(policy));
}

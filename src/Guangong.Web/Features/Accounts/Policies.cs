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
    /// <summary>Writes and submits publicity articles (宣传稿件) and records where they were adopted.</summary>
    public const string CanWriteArticles = nameof(CanWriteArticles);
    /// <summary>Reviews articles, keeps the outlets and the 量化考核 rule, and reads the monthly figures.</summary>
    public const string CanReviewArticles = nameof(CanReviewArticles);
    /// <summary>
    /// Opens minors' care cases, and only those of the user's own station (the unit check is in
    /// <c>CareCaseAccess</c>): no level above, not even the administrator, reads a case.
    /// </summary>
    public const string CanWorkCareCases = nameof(CanWorkCareCases);
    /// <summary>Counts of care cases by kind and status, never a name: what the levels above see.</summary>
    public const string CanReadCareSummary = nameof(CanReadCareSummary);
    /// <summary>Records an inspection of an internet café: recorders for a supervisor, or the 五老 supervisor on their own phone.</summary>
    public const string CanInspectCafes = nameof(CanInspectCafes);
    /// <summary>Checks a 防溺水 patrol in and out: the 五老 on their own phone, or a recorder for them.</summary>
    public const string CanPatrolWater = nameof(CanPatrolWater);
    /// <summary>Keeps program registries (stations …) and scores one's own unit's assessments.</summary>
    public const string CanAssessPrograms = nameof(CanAssessPrograms);
    /// <summary>Sets standards and reviews the assessments and applications of the units below.</summary>
    public const string CanReviewPrograms = nameof(CanReviewPrograms);

    /// <summary>Reads the notices (通知公告) addressed to one's unit: everyone who works in a unit.</summary>
    public const string CanReadNotices = nameof(CanReadNotices);
    /// <summary>Issues notices to the units below, sees their read receipts and replies, and presses 催办.</summary>
    public const string CanIssueNotices = nameof(CanIssueNotices);
    /// <summary>Replies to a notice for one's unit (text and files).</summary>
    public const string CanReplyNotices = nameof(CanReplyNotices);
    /// <summary>Reads the statistics of the user's subtree: dashboard, side-by-side table, reports, annual return.</summary>
    public const string CanReadStatistics = nameof(CanReadStatistics);
    /// <summary>Closes and submits (上报) the unit's periods and fills the annual return's typed figures.</summary>
    public const string CanReportStatistics = nameof(CanReportStatistics);
    /// <summary>Reopens a closed period of a unit below, with a reason.</summary>
    public const string CanReopenReports = nameof(CanReopenReports);
    /// <summary>
    /// Enters essays in a contest (征文) for one's own unit: recorders of schools and villages, and the
    /// officers above them. Judging needs no role: a judge is any user the organiser names for a group.
    /// </summary>
    public const string CanSubmitEssays = nameof(CanSubmitEssays);
    /// <summary>Runs essay contests (rules, judges, awards) and compiles the unit's 内刊.</summary>
    public const string CanRunContests = nameof(CanRunContests);
    /// <summary>
    /// Erases the personal data of a volunteer who has left (退出/已故) on request (PIPL): an officer's
    /// deliberate act, not a recorder's; counts and service hours stay.
    /// </summary>
    public const string CanEraseVolunteers = nameof(CanEraseVolunteers);

    /// <summary>导出Excel of a list: desk work of every role but the 五老 volunteer's, whose pages offer none.</summary>
    public const string CanExportLists = nameof(CanExportLists);

    /// <summary>Each policy and the roles that satisfy it (any one of them).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [CanAdminister] = [RoleNames.Administrator],
        [CanManageUnits] = [RoleNames.Administrator, RoleNames.Officer],
        [CanManageCommittees] = [RoleNames.Administrator, RoleNames.Officer],
        [CanManageRoster] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanReadRoster] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Viewer],
        [CanRecordActivities] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.ActivityCorrespondent],
        [CanEditPlans] = [RoleNames.Administrator, RoleNames.Officer],
        [CanIssueDocuments] = [RoleNames.Administrator, RoleNames.Officer],
        [CanReportProgress] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanViewOwnService] = [RoleNames.Volunteer],
        [CanWriteArticles] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Correspondent],
        [CanReviewArticles] = [RoleNames.Administrator, RoleNames.Officer],
        [CanWorkCareCases] = [RoleNames.CaseWorker],
        [CanReadCareSummary] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Viewer, RoleNames.CaseWorker],
        [CanInspectCafes] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Volunteer],
        [CanPatrolWater] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Volunteer],
        [CanAssessPrograms] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanReviewPrograms] = [RoleNames.Administrator, RoleNames.Officer],
        [CanReadNotices] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Correspondent, RoleNames.Volunteer, RoleNames.Viewer, RoleNames.CaseWorker],
        [CanIssueNotices] = [RoleNames.Administrator, RoleNames.Officer],
        [CanReplyNotices] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanReadStatistics] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Viewer],
        [CanReportStatistics] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanReopenReports] = [RoleNames.Administrator, RoleNames.Officer],
        [CanSubmitEssays] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder],
        [CanRunContests] = [RoleNames.Administrator, RoleNames.Officer],
        [CanEraseVolunteers] = [RoleNames.Administrator, RoleNames.Officer],
        [CanExportLists] = [RoleNames.Administrator, RoleNames.Officer, RoleNames.Recorder, RoleNames.Viewer, RoleNames.Correspondent,
            RoleNames.ActivityCorrespondent, RoleNames.CaseWorker],
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

namespace Guangong.Web.Features.Plans;

public static class PlanRoles
{
    /// <summary>Who imports plans and manages their tasks: the committee officer (and the administrator).</summary>
    public const string Editors = Accounts.RoleNames.Administrator + "," + Accounts.RoleNames.Officer;

    /// <summary>Who reports progress on a task assigned to their unit.</summary>
    public const string Reporters = Accounts.RoleNames.Administrator + "," + Accounts.RoleNames.Officer + "," + Accounts.RoleNames.Recorder;
}

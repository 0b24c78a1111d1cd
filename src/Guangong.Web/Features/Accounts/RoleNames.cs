namespace Guangong.Web.Features.Accounts;

/// <summary>The roles of the platform; names are what users see.</summary>
public static class RoleNames
{
    public const string Administrator = "系统管理员";
    public const string Officer = "关工委干事";
    public const string Recorder = "基层联络员";
    public const string Correspondent = "通讯员";
    public const string Volunteer = "五老志愿者";
    public const string Viewer = "上级查看";
    public const string CaseWorker = "关爱站个案工作者";

    /// <summary>
    /// Not given to an account: a 通讯员 of a town that lets its correspondents record activities holds it
    /// for the request (see RequestContextMiddleware), so the policies stay one table of roles.
    /// </summary>
    public const string ActivityCorrespondent = "通讯员（可记录活动）";

    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Administrator, "账号、角色、字典、审计日志与备份"),
        (Officer, "维护名册、导入计划、分派任务、检查进度、发布通报与总结"),
        (Recorder, "为本村、本校、本企业记录活动、巡查、检查与站点评估"),
        (Correspondent, "报送宣传稿件并登记刊发情况"),
        (Volunteer, "活动与巡查签到，查看本人服务时长"),
        (Viewer, "只读查看下级汇总数据"),
        (CaseWorker, "办理本关爱工作站的未成年人个案（仅限本站）"),
    ];
}

using System.Collections.Frozen;

namespace Guangong.Web.Features.Audit;

/// <summary>
/// The Chinese names the audit log reads in place of the names the code gives: every entity type the
/// trail records (and the event entries that name no entity), and every field it can list.
/// </summary>
internal static partial class AuditNames
{
    // ASP.NET Identity's generic rows, as the trail names them (the CLR type's name).
    public const string UserToken = "IdentityUserToken`1";
    public const string UserRole = "IdentityUserRole`1";
    public const string UserLogin = "IdentityUserLogin`1";
    public const string UserClaim = "IdentityUserClaim`1";
    public const string RoleClaim = "IdentityRoleClaim`1";

    public static readonly FrozenDictionary<string, string> Entities = new Dictionary<string, string>
    {
        // Entries written for an event rather than a change of a record
        [Infrastructure.Auditing.ReadAuditMiddleware.DownloadEntity] = "文件下载", [Infrastructure.Auditing.ReadAuditMiddleware.ApiReadEntity] = "接口读取",
        ["Statistics"] = "统计报表", ["AuditEntry"] = "审计日志",

        // Units, accounts and sign-in (ASP.NET Identity's rows: a token row holds the two-step key or the recovery codes)
        ["Unit"] = "单位", ["AppUser"] = "用户", ["AppRole"] = "角色", [UserRole] = "用户角色", [UserToken] = "两步验证凭据",
        [UserClaim] = "用户附加权限", [RoleClaim] = "角色附加权限", [UserLogin] = "外部登录", ["UserSession"] = "登录会话",
        ["DictionaryItem"] = "字典项",

        // People, committees, plans
        ["Volunteer"] = "五老", ["VolunteerStatusChange"] = "五老状态变更", ["VolunteerVisit"] = "走访记录", ["TrainingSession"] = "培训",
        ["TrainingAttendance"] = "培训参加人员", ["LeadershipPosition"] = "班子成员", ["LeadershipRule"] = "班子配备要求",
        ["MemberUnit"] = "成员单位", ["CommitteeChecklist"] = "四纳入四统一", ["Correspondent"] = "通讯员", ["WorkPlan"] = "工作计划",
        ["WorkPlanSection"] = "计划章节", ["PlanRosterMember"] = "计划附件名单", ["PlanTask"] = "计划任务", ["TaskAssignment"] = "任务分派",
        ["TaskProgress"] = "任务进展", ["ProgressFile"] = "进展附件",

        // Activities, service hours, documents
        ["Activity"] = "活动", ["ActivityFile"] = "活动附件", ["ServiceHourEntry"] = "服务时长登记", ["ServiceCertificate"] = "志愿服务证明",
        ["DocumentDraft"] = "公文草稿", ["IssuedDocument"] = "发文登记", ["IssuingProfile"] = "发文设置",

        // Publicity
        ["Article"] = "宣传稿件", ["ArticleAuthor"] = "稿件作者", ["ArticleImage"] = "稿件图片", ["ArticleStep"] = "稿件办理记录",
        ["ArticleBonus"] = "稿件加分", ["Adoption"] = "稿件采用", ["Outlet"] = "采用媒体", ["ScoringRule"] = "宣传积分规则",
        ["PublicityAward"] = "宣传奖惩", ["PublicityMonthClosure"] = "宣传月度通报", ["BulletinDraft"] = "通报稿", ["BulletinStep"] = "通报稿办理记录",

        // Assessments, stations, applications
        ["AssessmentTemplate"] = "评估标准", ["TemplateCriterion"] = "评分要点", ["Assessment"] = "年度评估", ["AssessmentScore"] = "评估逐项得分",
        ["AssessmentFile"] = "评估佐证材料", ["RemediationAction"] = "整改措施", ["Station"] = "校外教育辅导站", ["StationHonour"] = "辅导站荣誉",
        ["StationApplication"] = "辅导站申报", ["ApplicationScore"] = "申报逐项审核", ["ApplicationEvent"] = "申报办理记录",

        // Essays and the journal, notices
        ["Contest"] = "征文活动", ["ContestJudge"] = "征文评委", ["Submission"] = "征文作品", ["SubmissionImage"] = "作品插图",
        ["SubmissionScore"] = "评委评分", ["Journal"] = "内刊", ["JournalEntry"] = "内刊选稿", ["JournalFile"] = "内刊编印记录",
        ["Notice"] = "通知", ["NoticeRecipient"] = "通知接收单位", ["NoticeReceipt"] = "通知阅读记录", ["NoticeReply"] = "通知回复",
        ["NoticeFile"] = "通知附件",

        // Safety, bases, enterprises, workshops, statistics
        ["InternetCafe"] = "网吧", ["CafeSupervisor"] = "网吧监督员", ["CafeInspection"] = "网吧检查记录", ["WaterBody"] = "水域",
        ["PatrolRotaLine"] = "巡逻排班", ["Patrol"] = "防溺水巡逻", ["PatrolStop"] = "巡逻水域", ["DrowningIncident"] = "溺水险情",
        ["SafetyPhoto"] = "现场照片", ["CareCase"] = "关爱个案", ["CareVisit"] = "个案走访", ["ZeroCrimeStatus"] = "零犯罪村（社区）认定",
        ["EducationBase"] = "教育基地", ["EmployeeCare"] = "青年职工关爱记录", ["Workshop"] = "特色五老工作室", ["ReportPeriod"] = "统计报表关账",
    }.ToFrozenDictionary();

    /// <summary>A field whose shared name (<see cref="Fields"/>) would misread it in one entity.</summary>
    public static readonly FrozenDictionary<(string Entity, string Field), string> EntityFields = new Dictionary<(string, string), string>
    {
        [("Volunteer", "Name")] = "姓名", [("Correspondent", "Name")] = "姓名", [("PlanRosterMember", "Name")] = "姓名",
        [("Volunteer", "UserId")] = "登录账号", [("Correspondent", "UserId")] = "登录账号", [("ContestJudge", "UserId")] = "评委账号",
        [(UserToken, "Name")] = "凭据", [(UserToken, "Value")] = "凭据内容",
        [("AppRole", "Description")] = "职责", [("Article", "Kind")] = "稿件类型", [("LeadershipRule", "Kind")] = "要求",
        [("Contest", "Level")] = "级别", [("Outlet", "Level")] = "级别", [("Assessment", "Level")] = "评定等级",
        [("Activity", "Title")] = "活动名称", [("StationApplication", "Title")] = "申报荣誉", [("StationHonour", "Title")] = "荣誉",
        [("Contest", "Theme")] = "主题和要求", [("Contest", "Title")] = "征文名称", [("Journal", "Title")] = "刊名",
        [("IssuedDocument", "Number")] = "发文字号", [("ServiceCertificate", "Number")] = "证明编号", [("ReportPeriod", "Number")] = "月份或季度",
        [("ReportPeriod", "Kind")] = "报表周期", [("IssuedDocument", "IssuedBy")] = "经办人", [("IssuedDocument", "Content")] = "公文文件",
        [("ServiceCertificate", "Content")] = "证明文件", [("ServiceCertificate", "IssuedOn")] = "出具日期", [("CafeInspection", "Tenths")] = "用时",
        [("PublicityAward", "Reason")] = "理由", [("PublicityAward", "Kind")] = "奖惩", [("RemediationAction", "Text")] = "整改措施",
        [("TaskProgress", "Text")] = "进展情况", [("NoticeReply", "Text")] = "回复内容", [("Submission", "Text")] = "作品正文",
        [("Submission", "Title")] = "作品题目", [("Submission", "AuthorName")] = "作者", [("TemplateCriterion", "Text")] = "评分要点",
        [("CareCase", "Kind")] = "个案类别", [("CareVisit", "Note")] = "走访情况", [("Station", "Equipment")] = "设施设备", [("Station", "Rooms")] = "场地",
        [("WaterBody", "Equipment")] = "救生设施", [("ZeroCrimeStatus", "Source")] = "数据来源", [("ZeroCrimeStatus", "Note")] = "说明",
        [("ServiceHourEntry", "Date")] = "服务日期", [("ServiceHourEntry", "Reason")] = "说明", [("ApplicationEvent", "Action")] = "办理",
        [("Article", "ActivityId")] = "报道的活动", [("AssessmentScore", "ActivityId")] = "佐证活动", [("Adoption", "Date")] = "采用日期",
        [("ArticleBonus", "Note")] = "加分说明", [("ArticleBonus", "Date")] = "加分日期", [("JournalEntry", "ArticleId")] = "宣传稿件",
        [("ArticleAuthor", "Position")] = "作者排序", [("SubmissionImage", "Position")] = "插图顺序", [("JournalEntry", "Position")] = "顺序",
        [("DocumentDraft", "Kind")] = "公文类型", [("IssuedDocument", "Kind")] = "公文类型", [("Notice", "Body")] = "正文",
        [("BulletinDraft", "Text")] = "通报正文", [("EducationBase", "Category")] = "基地类别", [("Station", "Partners")] = "共建单位",
        [("LeadershipPosition", "VolunteerId")] = "五老名册中的人", [("StationApplication", "StationId")] = "辅导站编号",
        [("PlanRosterMember", "Role")] = "班子职务",
    }.ToFrozenDictionary();
}

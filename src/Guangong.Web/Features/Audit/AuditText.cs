using System.Globalization;
using System.Text.Json;

namespace Guangong.Web.Features.Audit;

/// <summary>How audit entries read to a person: Chinese names of entities and fields, "old → new" lines.</summary>
public static class AuditText
{
    public static readonly string[] Actions =
    [
        AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.LoginSucceeded, AuditActions.LoginFailed,
        AuditActions.LockedOut, AuditActions.Unlocked, AuditActions.Logout, AuditActions.AccessDenied, AuditActions.Export,
        AuditActions.Download, AuditActions.View, AuditActions.Undo,
    ];

    private static readonly Dictionary<string, string> Entities = new()
    {
        ["Unit"] = "单位",
        [Infrastructure.Auditing.ReadAuditMiddleware.DownloadEntity] = "文件下载",
        [Infrastructure.Auditing.ReadAuditMiddleware.ApiReadEntity] = "接口读取",
        ["AppUser"] = "用户",
        ["AppRole"] = "角色",
        ["IdentityUserRole`1"] = "用户角色",
        ["DictionaryItem"] = "字典项",
        ["Volunteer"] = "五老",
        ["VolunteerStatusChange"] = "五老状态变更",
        ["VolunteerVisit"] = "走访记录",
        ["TrainingSession"] = "培训",
        ["TrainingAttendance"] = "培训参加人员",
        ["LeadershipPosition"] = "班子成员",
        ["LeadershipRule"] = "班子配备要求",
        ["MemberUnit"] = "成员单位",
        ["CommitteeChecklist"] = "四纳入四统一",
        ["Correspondent"] = "通讯员",
        ["WorkPlan"] = "工作计划",
        ["WorkPlanSection"] = "计划章节",
        ["PlanRosterMember"] = "计划附件名单",
        ["PlanTask"] = "计划任务",
        ["TaskAssignment"] = "任务分派",
        ["TaskProgress"] = "任务进展",
        ["ProgressFile"] = "进展附件",
        ["Activity"] = "活动",
        ["ActivityFile"] = "活动附件",
        ["ServiceHourEntry"] = "服务时长登记",
        ["ServiceCertificate"] = "志愿服务证明",
        ["DocumentDraft"] = "公文草稿",
        ["IssuedDocument"] = "发文登记",
        ["IssuingProfile"] = "发文设置",
        ["UserSession"] = "登录会话",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Name"] = "名称",
        ["Level"] = "层级",
        ["Kind"] = "类型",
        ["ParentId"] = "上级单位",
        ["Path"] = "路径",
        ["Depth"] = "层深",
        ["SortOrder"] = "排序号",
        ["ContactPerson"] = "联系人",
        ["ContactPhone"] = "联系电话",
        ["Address"] = "地址",
        ["IsActive"] = "启用",
        ["CorrespondentsRecordActivities"] = "通讯员可记录活动",
        ["CreatedUtc"] = "创建时间",
        ["UserName"] = "用户名",
        ["NormalizedUserName"] = "用户名（规范化）",
        ["DisplayName"] = "姓名",
        ["HomeUnitId"] = "所属单位",
        ["UnitPath"] = "单位路径",
        ["IsDisabled"] = "停用",
        ["MustChangePassword"] = "须改密码",
        ["ElderMode"] = "长辈模式",
        ["LastLoginUtc"] = "最近登录",
        ["PasswordHash"] = "密码",
        ["AccessFailedCount"] = "连续失败次数",
        ["LockoutEnd"] = "锁定至",
        ["UserId"] = "用户",
        ["RoleId"] = "角色",
        ["Value"] = "值",
        ["IsEnabled"] = "启用",
        ["UnitId"] = "单位",
        ["Gender"] = "性别",
        ["Ethnicity"] = "民族",
        ["BirthYear"] = "出生年份",
        ["Phone"] = "联系电话",
        ["Category"] = "类别",
        ["FormerUnit"] = "原工作单位",
        ["FormerPost"] = "原职务",
        ["PoliticalStatus"] = "政治面貌",
        ["Specialties"] = "特长",
        ["Layer"] = "队伍层级",
        ["Status"] = "状态",
        ["StatusDate"] = "状态日期",
        ["Notes"] = "备注",
        ["VolunteerId"] = "五老",
        ["FromStatus"] = "原状态",
        ["ToStatus"] = "新状态",
        ["Date"] = "日期",
        ["Note"] = "说明",
        ["VisitedBy"] = "走访人",
        ["Health"] = "身体状况",
        ["Needs"] = "困难与需求",
        ["FollowUp"] = "跟进措施",
        ["Topic"] = "主题",
        ["Online"] = "线上",
        ["Hours"] = "学时",
        ["Speaker"] = "主讲人",
        ["Place"] = "地点",
        ["Summary"] = "简介",
        ["SessionId"] = "培训",
        ["Role"] = "职务",
        ["PersonName"] = "姓名",
        ["IsFiveElder"] = "五老",
        ["PostElsewhere"] = "现任职务",
        ["TermStart"] = "任期开始",
        ["TermEnd"] = "任期结束",
        ["DueDate"] = "期限",
        ["Basis"] = "依据",
        ["Year"] = "年度",
        ["Achieved"] = "已落实项目",
        ["Grid"] = "网格",
        ["FromDate"] = "开始日期",
        ["ToDate"] = "结束日期",
        ["Title"] = "标题",
        ["Issuer"] = "发文单位",
        ["IssuedOn"] = "成文日期",
        ["Preamble"] = "前言",
        ["SourceText"] = "原文",
        ["Number"] = "编号",
        ["Heading"] = "标题",
        ["Text"] = "内容",
        ["Order"] = "顺序",
        ["PlanId"] = "计划",
        ["SectionId"] = "章节",
        ["Label"] = "任务编号",
        ["DueText"] = "期限原文",
        ["Target"] = "目标",
        ["Program"] = "项目",
        ["NotApplicable"] = "不适用",
        ["TaskId"] = "任务",
        ["PlanTitle"] = "计划标题",
        ["TaskText"] = "任务内容",
        ["Percent"] = "完成比例",
        ["HasProgress"] = "有进展",
        ["LastProgressOn"] = "最近进展",
        ["AssignmentId"] = "任务分派",
        ["AuthorName"] = "填报人",
        ["Theme"] = "主题",
        ["StartTime"] = "开始时间",
        ["EndTime"] = "结束时间",
        ["Partners"] = "协办单位",
        ["YouthReached"] = "参与青少年",
        ["YouthGroups"] = "青少年群体",
        ["PlanTaskId"] = "计划任务",
        ["VenueUnitId"] = "活动场所",
        ["CheckInCode"] = "签到码",
        ["VolunteerCount"] = "服务五老人数",
        ["CreatedByUserId"] = "记录人",
        ["ActivityId"] = "活动",
        ["FileName"] = "文件名",
        ["ContentType"] = "文件类型",
        ["SizeBytes"] = "大小",
        ["StorageKey"] = "存储编号",
        ["HasThumbnail"] = "有缩略图",
        ["Tenths"] = "时长（0.1小时）",
        ["ReversesEntryId"] = "冲销",
        ["Verified"] = "已核实",
        ["CheckInUtc"] = "签到时间",
        ["CheckOutUtc"] = "签退时间",
        ["OnBehalf"] = "代录",
        ["Reason"] = "原因",
        ["EnteredByUserId"] = "登记人",
        ["EnteredByName"] = "登记人",
        ["PeriodStart"] = "起始",
        ["PeriodEnd"] = "截止",
        ["IssuedBy"] = "出具人",
    };

    public static string Entity(string entity) => Entities.GetValueOrDefault(entity, entity);

    public static string Field(string? field) => field is null ? string.Empty : Fields.GetValueOrDefault(field, field);

    public static AuditFilter Filter(string? user, long? unit, string? entity, string? action, string? from, string? to) => new(
        user, unit, entity, action, ParseDate(from), ParseDate(to));

    /// <summary>A day the trail can hold (years 2000–2100, as <see cref="Components.Shared.QueryValue.Year"/>); ?to=9999-12-31 overflowed the next-day bound.</summary>
    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Components.Shared.QueryValue.Year(d.Year.ToString(CultureInfo.InvariantCulture)) is not null ? d : null;

    /// <summary>
    /// The changes as lines "字段：旧 → 新" in a person's words (<see cref="AuditValueText"/>); a deleted
    /// record lists what it held (the action already says 删除); a plain-text detail is shown as it is.
    /// </summary>
    public static IEnumerable<string> Lines(string? changes, Func<long, string?>? unitName = null)
    {
        unitName ??= _ => null;
        if (string.IsNullOrEmpty(changes))
        {
            yield break;
        }

        if (!changes.StartsWith('['))
        {
            yield return changes;
            yield break;
        }

        using var doc = JsonDocument.Parse(changes);
        foreach (var change in doc.RootElement.EnumerateArray())
        {
            var name = change.GetProperty("Field").GetString();
            if (AuditValueText.IsTechnical(name))
            {
                continue;
            }

            var old = change.GetProperty("Old").GetString();
            var now = change.GetProperty("New").GetString();
            var field = Field(name);
            yield return old is null ? $"{field}：{AuditValueText.Read(name, now, unitName)}"
                : old.StartsWith("***", StringComparison.Ordinal) && now is not null ? $"{field}：已更改"
                : now is null ? $"{field}：{AuditValueText.Read(name, old, unitName)}"
                : $"{field}：{AuditValueText.Read(name, old, unitName)} → {AuditValueText.Read(name, now, unitName)}";
        }
    }
}

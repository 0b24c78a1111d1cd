using System.Collections.Frozen;

namespace Guangong.Web.Features.Audit;

internal static partial class AuditNames
{
    /// <summary>
    /// Field names as the forms label them; one name serves every entity that has the field (<see cref="EntityFields"/>
    /// overrides it where it would misread). Fields only the software reads are in <see cref="AuditValueText"/>'s technical set.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Fields = new Dictionary<string, string>
    {
        // Shared by many records
        ["Name"] = "名称", ["Kind"] = "类型", ["Level"] = "层级", ["Status"] = "状态", ["Category"] = "类别",
        ["Title"] = "标题", ["Text"] = "内容", ["Body"] = "正文", ["Summary"] = "简介", ["Description"] = "简介",
        ["Note"] = "说明", ["Notes"] = "备注", ["Comment"] = "意见", ["Reason"] = "原因", ["Year"] = "年度", ["Month"] = "月份",
        ["Date"] = "日期", ["DueDate"] = "期限", ["FromDate"] = "开始日期", ["ToDate"] = "结束日期", ["Place"] = "地点",
        ["Address"] = "地址", ["Phone"] = "联系电话", ["ContactPerson"] = "联系人", ["ContactPhone"] = "联系电话",
        ["SortOrder"] = "排序号", ["Order"] = "顺序", ["Position"] = "顺序", ["Number"] = "编号", ["IsActive"] = "启用",
        ["IsEnabled"] = "启用", ["IsPublic"] = "公开展示", ["CreatedUtc"] = "创建时间", ["Action"] = "操作", ["Source"] = "来源",
        ["UnitId"] = "单位", ["UserId"] = "用户", ["UserName"] = "用户名", ["Program"] = "项目", ["Partners"] = "协办单位",
        ["Equipment"] = "设施设备", ["Value"] = "值",

        // Files and pictures
        ["FileName"] = "文件名", ["SizeBytes"] = "大小", ["Content"] = "文件",

        // Units, accounts, roles, dictionaries
        ["ParentId"] = "上级单位", ["CorrespondentsRecordActivities"] = "通讯员可记录活动", ["DisplayName"] = "姓名",
        ["HomeUnitId"] = "所属单位", ["IsDisabled"] = "停用", ["MustChangePassword"] = "须改密码", ["ElderMode"] = "长辈模式",
        ["LastLoginUtc"] = "最近登录", ["PasswordHash"] = "密码", ["AccessFailedCount"] = "连续失败次数", ["LockoutEnd"] = "锁定至",
        ["LockoutEnabled"] = "允许锁定", ["TwoFactorEnabled"] = "两步验证", ["Email"] = "电子邮箱", ["EmailConfirmed"] = "邮箱已验证",
        ["PhoneNumber"] = "手机号码", ["PhoneNumberConfirmed"] = "手机号码已验证", ["RoleId"] = "角色",
        ["ClaimType"] = "权限类型", ["ClaimValue"] = "权限内容", ["ProviderDisplayName"] = "外部登录方式",

        // Volunteers (五老), visits, training, committees
        ["Gender"] = "性别", ["Ethnicity"] = "民族", ["BirthYear"] = "出生年份", ["FormerUnit"] = "原工作单位", ["FormerPost"] = "原职务",
        ["PoliticalStatus"] = "政治面貌", ["Specialties"] = "特长", ["Layer"] = "队伍层级", ["StatusDate"] = "状态日期",
        ["LastVisitOn"] = "上次走访", ["ErasedUtc"] = "个人信息注销时间", ["VolunteerId"] = "五老", ["FromStatus"] = "原状态",
        ["ToStatus"] = "新状态", ["VisitedBy"] = "走访人", ["Health"] = "身体状况", ["Needs"] = "困难与需求", ["FollowUp"] = "跟进措施",
        ["Topic"] = "培训主题", ["Online"] = "线上", ["Hours"] = "学时", ["Speaker"] = "主讲人", ["SessionId"] = "培训",
        ["Role"] = "职务", ["PersonName"] = "姓名", ["IsFiveElder"] = "是否五老", ["PostElsewhere"] = "现任职务", ["TermStart"] = "任期开始",
        ["TermEnd"] = "任期结束", ["Basis"] = "依据", ["Achieved"] = "已落实项目", ["Grid"] = "网格", ["Post"] = "现任职务",
        ["Speciality"] = "特色专长",

        // Plans and tasks
        ["Issuer"] = "发文单位", ["IssuedOn"] = "成文日期", ["Preamble"] = "前言", ["SourceText"] = "原文", ["Heading"] = "标题",
        ["PlanId"] = "计划", ["SectionId"] = "章节", ["Label"] = "任务编号", ["DueText"] = "期限原文", ["Target"] = "目标", ["Frequency"] = "频次",
        ["NotApplicable"] = "不适用", ["TaskId"] = "任务", ["PlanTitle"] = "计划标题", ["TaskText"] = "任务内容", ["Percent"] = "完成比例",
        ["HasProgress"] = "有进展", ["LastProgressOn"] = "最近进展", ["AssignmentId"] = "任务分派", ["AuthorName"] = "填报人",
        ["ProgressId"] = "任务进展",

        // Activities and service hours
        ["Theme"] = "活动主题", ["StartTime"] = "开始时间", ["EndTime"] = "结束时间", ["YouthReached"] = "参与青少年人数",
        ["YouthGroups"] = "青少年群体", ["PlanTaskId"] = "关联的计划任务", ["VenueUnitId"] = "活动场所", ["CheckInCode"] = "签到码",
        ["VolunteerCount"] = "服务五老人数", ["CreatedByUserId"] = "记录人", ["ActivityId"] = "活动", ["FourIn"] = "四进",
        ["LawsTaught"] = "所讲法律", ["Tenths"] = "服务时长", ["VerifiedTenths"] = "其中本人签到签退", ["OnBehalfTenths"] = "其中代录",
        ["ReversesEntryId"] = "冲销", ["Verified"] = "已核实", ["CheckInUtc"] = "签到时间", ["CheckOutUtc"] = "签退时间",
        ["OnBehalf"] = "代录", ["EnteredByUserId"] = "登记账号", ["EnteredByName"] = "登记人", ["SourceId"] = "来源记录",
        ["SourceTitle"] = "服务内容", ["PeriodStart"] = "起始", ["PeriodEnd"] = "截止", ["IssuedBy"] = "出具人",
        ["ReplacesId"] = "替换的证明", ["ReissueReason"] = "重新出具的原因",

        // Documents
        ["DocumentDate"] = "成文日期", ["Sequence"] = "序号", ["Signer"] = "署名", ["IssuerMark"] = "发文机关标志",
        ["SignatureName"] = "署名（发文机关全称）", ["NumberPattern"] = "发文字号格式", ["PrintingOffice"] = "印发机关",

        // Publicity (信息宣传)
        ["ArticleId"] = "稿件", ["OutletId"] = "采用媒体", ["Link"] = "链接", ["PageIssue"] = "版面期号", ["ClippingKey"] = "采用截图",
        ["RecordedByUserId"] = "登记人", ["CorrespondentId"] = "通讯员", ["IsAward"] = "获奖加分", ["WrittenOn"] = "成稿日期",
        ["PointsTable"] = "积分标准", ["HighestLevelOnce"] = "多级采用只计最高级", ["Share"] = "合作稿件", ["VillageQuota"] = "嘎查村每月任务（篇）",
        ["OtherQuota"] = "其他单位每月任务（篇）", ["InstructionBonus"] = "领导批示加分", ["AwardBonus"] = "获奖加分",
        ["Recipients"] = "主送机关", ["EditedByUserId"] = "撰稿人", ["ApprovedByUserId"] = "审核人", ["ApprovedUtc"] = "审核时间",
        ["IssuedDocumentId"] = "发文登记", ["DraftId"] = "通报稿", ["AtUtc"] = "时间", ["TargetUnitId"] = "奖惩单位",
        ["TargetCorrespondentId"] = "奖惩通讯员", ["TargetName"] = "奖惩对象", ["Form"] = "金额或形式", ["DecidedOn"] = "决定日期",
        ["DecidedBy"] = "决定机关", ["ClosedUtc"] = "关账时间", ["ClosedByUserId"] = "关账人", ["Snapshot"] = "关账时的数据",
        ["Width"] = "宽度（像素）", ["Height"] = "高度（像素）",

        // Assessments and station applications
        ["TemplateId"] = "评估标准", ["SubjectId"] = "评估对象编号", ["SubjectName"] = "评估对象", ["SelfTotal"] = "自评总分",
        ["ReviewTotal"] = "审核得分", ["SubmittedUtc"] = "提交时间", ["SubmittedBy"] = "提交人", ["SubmittedByUserId"] = "提交人账号", ["ReviewerUnitId"] = "审核单位",
        ["ReviewedBy"] = "审核人", ["ReviewedUtc"] = "审核时间", ["AssessmentId"] = "年度评估", ["CriterionId"] = "评分要点",
        ["MaxPoints"] = "满分", ["SelfScore"] = "自评得分", ["Evidence"] = "佐证说明", ["ReviewScore"] = "审核得分",
        ["ReviewComment"] = "审核意见", ["UploadedBy"] = "上传人", ["VersionNumber"] = "版本",
        ["IsCurrent"] = "现行版本", ["FromYear"] = "起用年度", ["Thresholds"] = "等级分数线", ["GroupName"] = "分组",
        ["Scoring"] = "计分方式", ["EvidenceRequired"] = "须附佐证", ["Guidance"] = "评分说明", ["Owner"] = "责任人",
        ["DoneDate"] = "完成日期", ["StationId"] = "辅导站", ["StationName"] = "辅导站", ["Narrative"] = "主要做法和成效",
        ["Photos"] = "申报表所附照片", ["ReturnReason"] = "退回理由", ["ApplicationId"] = "申报", ["Actor"] = "办理人",
        ["Score"] = "得分", ["Stage"] = "阶段", ["CivilizationStation"] = "共建的新时代文明实践站", ["Master"] = "站长",
        ["Tutors"] = "辅导员", ["Rooms"] = "活动场所", ["OpeningHours"] = "开放时间", ["Lost"] = "已撤销",

        // Essays (征文) and the journal (内刊)
        ["Organiser"] = "主办单位", ["Groups"] = "参赛组别", ["StartsOn"] = "开始日期", ["SubmissionDeadline"] = "截稿日期",
        ["JudgingDeadline"] = "评审截止日期", ["MinLength"] = "字数下限", ["MaxLength"] = "字数上限", ["Criteria"] = "评分标准",
        ["ParticipatingUnitIds"] = "参赛单位", ["DropExtremes"] = "去掉最高分和最低分", ["DisagreementPoints"] = "分差超过几分提示复议",
        ["AwardMode"] = "评奖方式", ["FirstValue"] = "一等奖", ["SecondValue"] = "二等奖", ["ThirdValue"] = "三等奖", ["MeritValue"] = "优秀奖",
        ["AwardsOn"] = "证书落款日期", ["ContestId"] = "征文活动", ["JudgeName"] = "评委", ["JudgeUnitId"] = "评委所在单位",
        ["Group"] = "组别", ["Code"] = "作品编号", ["CharacterCount"] = "字数", ["Grade"] = "年级", ["ClassName"] = "班级",
        ["Adviser"] = "指导老师", ["SourceFileName"] = "来源文件", ["DuplicateOf"] = "与此作品重复", ["UnderLength"] = "字数不足",
        ["OverLength"] = "字数超出", ["Award"] = "奖项", ["FinalScore"] = "最终得分", ["Rank"] = "名次", ["SubmissionId"] = "作品",
        ["JudgeUserId"] = "评委", ["Points"] = "各项得分", ["Total"] = "总分", ["ScoredUtc"] = "评分时间", ["Issue"] = "期号",
        ["EditingUnit"] = "编印单位", ["DateText"] = "封面日期", ["Foreword"] = "卷首语", ["PageSize"] = "开本", ["CompiledUtc"] = "编印时间",
        ["CompiledBy"] = "编印人", ["JournalId"] = "内刊", ["Section"] = "栏目",

        // Notices
        ["SenderName"] = "发文单位", ["ReplyRequired"] = "需要回复", ["ReplyDeadline"] = "回复期限", ["Audience"] = "发送方式",
        ["AudienceText"] = "发送范围", ["IssuedByUserId"] = "发布账号", ["IssuedByName"] = "发布人", ["IssuedUtc"] = "发布时间",
        ["NoticeId"] = "通知", ["RecipientId"] = "接收记录编号", ["ReplyId"] = "回复", ["ReadUtc"] = "阅读时间", ["RemindedUtc"] = "催办时间",
        ["IsLate"] = "逾期回复", ["RepliedUtc"] = "回复时间",

        // Safety: internet cafés, water, care cases, zero crime
        ["CafeId"] = "网吧", ["InspectedUtc"] = "检查时间", ["MinorsFound"] = "发现未成年人（人）", ["SignPresent"] = "有禁入标志",
        ["IdChecksDone"] = "查验身份证", ["Problems"] = "其他问题", ["FollowUpTo"] = "移交", ["FollowUpOutcome"] = "处理结果",
        ["LicenceNumber"] = "许可证号", ["OperatorName"] = "经营者", ["OperatorPhone"] = "经营者电话", ["IsOpen"] = "营业中",
        ["InspectionsPerMonth"] = "每月至少检查（次）", ["WaterBodyId"] = "水域", ["MinorsInvolved"] = "涉及未成年人", ["Rescued"] = "获救",
        ["Deaths"] = "死亡", ["Outcome"] = "经过与处置", ["StartUtc"] = "签到时间", ["EndUtc"] = "签退时间", ["Hazards"] = "发现的隐患",
        ["ChildrenDissuaded"] = "劝离儿童（人）", ["PatrolId"] = "巡逻", ["Latitude"] = "纬度", ["Longitude"] = "经度", ["Risk"] = "风险等级",
        ["HasWarningSigns"] = "有警示标志", ["HasRescueEquipment"] = "有救生设施", ["ResponsiblePerson"] = "责任人",
        ["ResponsiblePhone"] = "责任人电话", ["Of"] = "所属记录类型", ["RecordId"] = "所属记录", ["OpenedOn"] = "立案日期",
        ["MinorName"] = "未成年人姓名", ["School"] = "学校", ["Situation"] = "基本情况", ["MentorId"] = "结对五老", ["PairedOn"] = "结对日期",
        ["GuardianName"] = "监护人姓名", ["GuardianRelation"] = "与未成年人关系", ["ConsentOn"] = "监护人同意日期", ["ClosedOn"] = "结案日期",
        ["ClosureNote"] = "结案说明", ["CaseId"] = "关爱个案", ["VisitedOn"] = "走访日期", ["Visitor"] = "走访人", ["State"] = "状态",
        ["Offences"] = "未成年人违法犯罪数", ["ReceivedOn"] = "收到日期", ["SetByName"] = "认定人", ["UpdatedUtc"] = "更新时间",

        // Bases, enterprises, workshops, statistics
        ["Host"] = "主办单位", ["Capacity"] = "可容纳人数", ["EmployeeName"] = "职工姓名", ["AgeBand"] = "帮扶对象",
        ["Difficulty"] = "困难情况", ["Help"] = "帮扶内容", ["HelpedOn"] = "帮扶日期", ["Amount"] = "金额（元）", ["RecordedBy"] = "登记人",
        ["ClosedBy"] = "关账人", ["ReopenedUtc"] = "重新打开时间", ["ReopenedBy"] = "重新打开人", ["ReopenReason"] = "重新打开原因",
        ["Typed"] = "年报手填数字",
    }.ToFrozenDictionary();
}

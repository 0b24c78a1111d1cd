namespace Guangong.Web.Features.Dictionaries;

/// <summary>The code lists and their default values, in the seeds' own wording.</summary>
public static class DictionaryKinds
{
    public static readonly IReadOnlyDictionary<string, string[]> Defaults = new Dictionary<string, string[]>
    {
        ["活动类别"] =
        [
            "主题教育", "红色教育", "五个一", "爷爷奶奶一堂课", "法治教育", "家风家教", "防溺水",
            "家长学校", "关爱帮扶", "校外辅导", "移风易俗", "志愿服务",
        ],
        ["五老类别"] = ["老干部", "老战士", "老专家", "老教师", "老模范"],
        ["队伍层级"] = ["核心层", "骨干层", "参与层"],
        ["媒体级别"] = ["镇级", "区县级", "市级", "省级", "国家级"],
        ["青少年群体"] = ["幼儿", "小学生", "中学生", "青年职工", "留守儿童", "困境儿童"],
        ["班子职务"] = ["主任", "常务副主任", "副主任", "秘书长", "成员", "干事"],
        ["四纳入"] = ["纳入党委议事日程", "纳入工作计划", "纳入财政预算", "纳入目标考核"],
        ["四统一"] = ["统一部署", "统一检查", "统一考核", "统一表彰"],
        ["成员单位类别"] = ["团委", "妇联", "派出所", "司法所", "法庭", "卫生院", "学校", "计生办", "新时代文明实践所"],
    };
}

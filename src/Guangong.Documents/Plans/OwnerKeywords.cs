namespace Guangong.Documents.Plans;

/// <summary>Member units (成员单位) that plans name as responsible for a task.</summary>
internal static class OwnerKeywords
{
    public static readonly IReadOnlyList<string> Units =
    [
        "法庭", "司法所", "派出所", "中心校", "团委", "妇联", "卫生院", "计生办", "文明办", "教育局", "财政局",
        "新时代文明实践所", "新时代文明实践站", "文明实践站", "家长学校", "工会", "共青团", "市监部门", "群团组织",
    ];
}

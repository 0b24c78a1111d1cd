using System.Globalization;
using System.Text.Json;

namespace Guangong.Web.Features.Audit;

/// <summary>How audit entries read to a person: Chinese names of entities and fields, "old → new" lines.</summary>
public static class AuditText
{
    public static readonly string[] Actions =
    [
        AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.LoginSucceeded, AuditActions.LoginFailed,
        AuditActions.LockedOut, AuditActions.Logout, AuditActions.AccessDenied, AuditActions.Export,
    ];

    private static readonly Dictionary<string, string> Entities = new()
    {
        ["Unit"] = "单位",
        ["AppUser"] = "用户",
        ["AppRole"] = "角色",
        ["IdentityUserRole`1"] = "用户角色",
        ["DictionaryItem"] = "字典项",
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
    };

    public static string Entity(string entity) => Entities.GetValueOrDefault(entity, entity);

    public static string Field(string? field) => field is null ? string.Empty : Fields.GetValueOrDefault(field, field);

    public static AuditFilter Filter(string? user, long? unit, string? entity, string? action, string? from, string? to) => new(
        user, unit, entity, action, ParseDate(from), ParseDate(to));

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The changes as lines "字段：旧 → 新"; a plain-text detail is shown as it is.</summary>
    public static IEnumerable<string> Lines(string? changes)
    {
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
            var field = Field(change.GetProperty("Field").GetString());
            var old = change.GetProperty("Old").GetString();
            var now = change.GetProperty("New").GetString();
            yield return old is null ? $"{field}：{now}" : now is null ? $"{field}：{old}（已删除）" : $"{field}：{old} → {now}";
        }
    }
}

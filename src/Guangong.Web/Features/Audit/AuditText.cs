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

    public static string Entity(string entity) => Entities.GetValueOrDefault(entity, entity);

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
            var field = change.GetProperty("Field").GetString();
            var old = change.GetProperty("Old").GetString();
            var now = change.GetProperty("New").GetString();
            yield return old is null ? $"{field}：{now}" : now is null ? $"{field}：{old}（已删除）" : $"{field}：{old} → {now}";
        }
    }
}

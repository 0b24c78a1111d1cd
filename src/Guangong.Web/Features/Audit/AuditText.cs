using System.Globalization;

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

    /// <summary>What an undo of a removal did, said before the fields of the record it put back.</summary>
    public const string PutBack = "按删除前的内容放回";

    public static string Entity(string entity) => AuditNames.Entities.GetValueOrDefault(entity, entity);

    public static string Field(string? field) => field is null ? string.Empty : AuditNames.Fields.GetValueOrDefault(field, field);

    /// <summary>The field's name in this entity: a shared name such as 编号 or 值 reads differently in some.</summary>
    public static string Field(string? entity, string? field) =>
        entity is not null && field is not null && AuditNames.EntityFields.TryGetValue((entity, field), out var name) ? name : Field(field);

    /// <summary>
    /// The record's key as a person reads it beside the entity's name: a record with a name reads as its name (with
    /// its number, which tells two of a name apart), a number without one stays a number; a
    /// sign-in credential's or a role membership's composite key ("4,[AspNetUserStore],AuthenticatorKey")
    /// reads as whose credential or role it is; a key that means nothing to a person is left out.
    /// </summary>
    public static string? EntityId(string entity, string? entityId, AuditLookup? lookup = null)
    {
        lookup ??= AuditLookup.None;
        var parts = entityId?.Split(',');
        return entity switch
        {
            _ when parts is null => null,
            AuditNames.UserToken when parts.Length >= 3 => $"{lookup.User(parts[0])}的{AuditValueText.TokenName(parts[^1])}",
            AuditNames.UserRole when parts.Length == 2 => $"{lookup.User(parts[0])}：{lookup.Role(parts[1])}",
            AuditNames.UserLogin or AuditNames.UserClaim or AuditNames.RoleClaim => null,
            "AppUser" when parts.Length == 1 => lookup.User(parts[0]),
            _ when parts.Length == 1 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && lookup.Record(entity, id) is { } name => $"{name}（{id}）",
            _ => entityId,
        };
    }

    public static AuditFilter Filter(string? user, long? unit, string? entity, string? action, string? from, string? to) => new(
        user, unit, entity, action, ParseDate(from), ParseDate(to));

    /// <summary>A day the trail can hold (years 2000–2100, as <see cref="Components.Shared.QueryValue.Year"/>); ?to=9999-12-31 overflowed the next-day bound.</summary>
    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Components.Shared.QueryValue.Year(d.Year.ToString(CultureInfo.InvariantCulture)) is not null ? d : null;

    /// <summary>
    /// The changes as lines "字段：旧 → 新" in a person's words (<see cref="AuditValueText"/>); a deleted
    /// record lists what it held (the action already says 删除); a plain-text detail is shown as it is.
    /// </summary>
    public static IEnumerable<string> Lines(string? changes, Func<long, string?>? unitName = null) =>
        Lines(changes, null, unitName is null ? AuditLookup.None : AuditLookup.None with { UnitName = unitName });

    /// <summary>The lines of one entry of <paramref name="entity"/>, its ids named through <paramref name="lookup"/>.</summary>
    public static IEnumerable<string> Lines(string? changes, string? entity, AuditLookup lookup)
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

        var fields = AuditValueText.Fields(changes);
        var technicalOnly = true;
        foreach (var (name, old, now) in fields)
        {
            if (AuditValueText.IsTechnical(name) || (old is null && AuditValueText.IsStartingBookkeeping(name)))
            {
                continue;
            }

            technicalOnly = false;

            var field = Field(entity, name);
            string Read(string? value) => AuditValueText.Read(entity, name, value, lookup);
            if (entity is not null && name is not null && lookup.Figures?.GetValueOrDefault((entity, name)) is { } figures)
            {
                foreach (var line in figures.Lines(field, old, now))
                {
                    yield return line;
                }

                continue;
            }

            yield return AuditValueText.IsOpaque(entity, name) ? $"{field}：{(old is not null && now is not null ? "已更改" : "已记录")}"
                : old is null ? $"{field}：{Read(now)}"
                : old.StartsWith("***", StringComparison.Ordinal) && now is not null ? $"{field}：已更改"
                : now is null ? $"{field}：{Read(old)}"
                : $"{field}：{Read(old)} → {Read(now)}";
        }

        // A change of stamps and keys alone (a new two-step key renews the security stamp) still says that something changed.
        if (technicalOnly && fields.Count > 0)
        {
            yield return "系统内部字段已更新";
        }
    }
}

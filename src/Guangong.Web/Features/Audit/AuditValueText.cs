using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Audit;

/// <summary>
/// How one recorded value reads to a person: 是/否 for flags, China time for instants, 年月日 for days,
/// the unit's, user's, role's or record's name for its id, an enum's Chinese name for its member; fields that only
/// the software uses (keys, stamps, paths, hashes) are not shown at all.
/// </summary>
public static partial class AuditValueText
{
    /// <summary>Hours kept as whole tenths so both databases sum them exactly.</summary>
    private static readonly FrozenSet<string> TenthsFields = new[] { "Tenths", "VerifiedTenths", "OnBehalfTenths" }.ToFrozenSet();

    private static readonly FrozenSet<string> UnitFields = new[] { "UnitId", "HomeUnitId", "ParentId", "VenueUnitId", "JudgeUnitId", "ReviewerUnitId", "TargetUnitId" }.ToFrozenSet();

    private static readonly FrozenSet<string> UserFields = new[]
    {
        "UserId", "CreatedByUserId", "EnteredByUserId", "RecordedByUserId", "ClosedByUserId", "IssuedByUserId", "EditedByUserId",
        "ApprovedByUserId", "JudgeUserId", "OwnerUserId", "SubmittedByUserId",
    }.ToFrozenSet();

    private static readonly Assembly App = typeof(AuditValueText).Assembly;

    // Member name → Chinese name over every enum of the app, for text read without its entity; a name two enums read differently stays as it is.
    private static readonly FrozenDictionary<string, string> EnumNames = App.GetTypes()
        .Where(t => t.IsEnum)
        .SelectMany(t => Enum.GetNames(t).Select(n => (Name: n, Text: EnumText.NameOf(t, n))))
        .Where(x => x.Text is not null)
        .GroupBy(x => x.Name)
        .Where(g => g.Select(x => x.Text).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Text!);

    // (entity, field) → the enum the field holds, read off the app's classes by the names the trail records
    // (so 草稿 of an article and 自评中 of an assessment, both "Draft", each read right).
    private static readonly FrozenDictionary<(string Entity, string Field), Type> EnumFields = App.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition)
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Key: (t.Name, p.Name), Type: Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)))
        .Where(x => x.Type.IsEnum)
        .GroupBy(x => x.Key)
        .Where(g => g.Select(x => x.Type).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Type);

    /// <summary>Text fields that hold enum members joined by commas (a contest's groups).</summary>
    private static readonly FrozenDictionary<(string Entity, string Field), Type> EnumListFields = new Dictionary<(string, string), Type>
    {
        [("Contest", "Groups")] = App.GetTypes().Single(t => t.IsEnum && t.Name == "EssayGroup"),
    }.ToFrozenDictionary();

    /// <summary>What an ASP.NET Identity token row holds, by its Name.</summary>
    public static string TokenName(string name) => name switch
    {
        "AuthenticatorKey" => "身份验证器密钥",
        "RecoveryCodes" => "恢复码",
        _ => "登录凭据",
    };

    /// <summary>The user ids an entry names (the account, a credential's or role membership's owner, who entered a record), to look their names up.</summary>
    public static IEnumerable<long> UserIds(AuditEntry entry)
    {
        if (entry.Entity is AuditNames.UserToken or AuditNames.UserRole or "AppUser" && entry.EntityId?.Split(',')[0] is { } owner
            && long.TryParse(owner, CultureInfo.InvariantCulture, out var ownerId))
        {
            yield return ownerId;
        }

        foreach (var (field, id) in IdValues(entry.Changes))
        {
            if (UserFields.Contains(field))
            {
                yield return id;
            }
        }
    }

    /// <summary>Every old and new value of an entry's field list that is a number, with its field: the ids an entry names.</summary>
    public static IEnumerable<(string Field, long Id)> IdValues(string? changes)
    {
        foreach (var (field, old, now) in Fields(changes))
        {
            foreach (var value in new[] { old, now })
            {
                if (long.TryParse(value, CultureInfo.InvariantCulture, out var id))
                {
                    yield return (field ?? string.Empty, id);
                }
            }
        }
    }

    /// <summary>The field list an entry's changes hold (a JSON array of Field, Old, New); none for a plain-text detail.</summary>
    public static IReadOnlyList<(string? Field, string? Old, string? New)> Fields(string? changes)
    {
        if (changes is null || !changes.StartsWith('['))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(changes);
        return [.. doc.RootElement.EnumerateArray().Select(c =>
            (c.GetProperty("Field").GetString(), c.GetProperty("Old").GetString(), c.GetProperty("New").GetString()))];
    }

    /// <summary>Each field of an entry's field list with its value as it last stood (the new value, or the old one when removed).</summary>
    public static IReadOnlyDictionary<string, string?> Values(string? changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (field, old, now) in Fields(changes))
        {
            values[field ?? string.Empty] = now ?? old;
        }

        return values;
    }

    public static string Read(string? entity, string? field, string? value, AuditLookup lookup)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "（空）";
        }

        // A year's reporting period has no month or quarter: its number is 0.
        if (entity == "ReportPeriod" && field == "Number" && value == "0")
        {
            return "（全年）";
        }

        if (value.StartsWith("***", StringComparison.Ordinal))
        {
            return "已更改";
        }

        // The log is read by administrators for who did what, not for people's numbers: 139****2222, as lists show them.
        if (field is not null && (field.EndsWith("Phone", StringComparison.Ordinal) || field == "PhoneNumber"))
        {
            return Infrastructure.Text.PhoneMask.Mask(value);
        }

        if (field is not null && long.TryParse(value, CultureInfo.InvariantCulture, out var id))
        {
            if (UnitFields.Contains(field))
            {
                return lookup.UnitName(id) ?? value;
            }

            if (UserFields.Contains(field))
            {
                // Seeded and background rows name no account.
                return id == 0 ? "（无）" : lookup.User(value);
            }

            if (field == "RoleId")
            {
                return lookup.Role(value);
            }

            if (entity is not null && lookup.Referenced(entity, field, id) is { } record)
            {
                return record;
            }
        }

        if (entity is not null && field is not null)
        {
            if (EnumFields.TryGetValue((entity, field), out var type))
            {
                return Members(type, value.Split(", "));
            }

            if (EnumListFields.TryGetValue((entity, field), out var listType))
            {
                return Members(listType, value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            if (entity == AuditNames.UserToken && field == "Name")
            {
                return TokenName(value);
            }
        }

        return field switch
        {
            "ParticipatingUnitIds" => value.Length == 0 ? "下级全部单位"
                : string.Join("、", value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => long.TryParse(u, CultureInfo.InvariantCulture, out var unit) ? lookup.UnitName(unit) ?? u : u)),
            _ when TenthsFields.Contains(field ?? string.Empty) && int.TryParse(value, CultureInfo.InvariantCulture, out var tenths)
                => string.Create(CultureInfo.InvariantCulture, $"{tenths / 10m:0.#}小时"),
            "SizeBytes" when long.TryParse(value, CultureInfo.InvariantCulture, out var bytes) => Size(bytes),
            _ when value.EndsWith(" bytes", StringComparison.Ordinal) && long.TryParse(value[..^6], CultureInfo.InvariantCulture, out var bytes) => Size(bytes),
            _ => Plain(value),
        };
    }

    private static string Plain(string value) => value switch
    {
        "True" => "是",
        "False" => "否",
        _ when DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            => ChinaTime.DateAndTime(DateTime.SpecifyKind(instant, DateTimeKind.Utc)),
        _ when DateOnly.TryParseExact(value, ["MM/dd/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            => ChinaTime.Date(day),
        _ when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset) && value.Contains(':', StringComparison.Ordinal) && value.Length > 10
            => ChinaTime.DateAndTime(offset.UtcDateTime),
        _ => EnumNames.GetValueOrDefault(value, value),
    };

    // Each member's [Display] name as EnumText reads it (a [Flags] value lists each member); a [Flags] field with none set is recorded as 0.
    private static string Members(Type type, IEnumerable<string> names) =>
        string.Join("、", names.Select(n => n == "0" ? "（无）" : EnumText.NameOf(type, n) ?? n));

    /// <summary>A file's size the way the upload forms state their limits (MB, KB).</summary>
    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024:0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes}字节"),
    };
}

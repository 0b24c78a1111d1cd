using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Audit;

/// <summary>
/// How one recorded value reads to a person: 是/否 for flags, China time for instants, 年月日 for days,
/// the unit's name for a unit id, an enum's Chinese name for its member; fields that only the
/// software uses (keys, stamps, paths) are not shown at all.
/// </summary>
public static class AuditValueText
{
    private static readonly FrozenSet<string> TechnicalFields = new[]
    {
        "Id", "Version", "ConcurrencyStamp", "SecurityStamp", "UnitPath", "Path", "Depth", "NormalizedUserName",
        "NormalizedEmail", "StorageKey", "NormalizedName",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> UnitFields = new[] { "UnitId", "HomeUnitId", "ParentId", "VenueUnitId" }.ToFrozenSet();

    // Member name → Chinese name over every enum of the app; a name two enums read differently stays as it is.
    private static readonly FrozenDictionary<string, string> EnumNames = typeof(AuditValueText).Assembly.GetTypes()
        .Where(t => t.IsEnum)
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Text: f.GetCustomAttribute<DisplayAttribute>()?.Name)))
        .Where(x => x.Text is not null)
        .GroupBy(x => x.Name)
        .Where(g => g.Select(x => x.Text).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Text!);

    public static bool IsTechnical(string? field) => field is null || TechnicalFields.Contains(field);

    public static string Read(string? field, string? value, Func<long, string?> unitName)
    {
        if (value is null)
        {
            return "（空）";
        }

        if (value.StartsWith("***", StringComparison.Ordinal))
        {
            return "已更改";
        }

        if (field is not null && UnitFields.Contains(field) && long.TryParse(value, CultureInfo.InvariantCulture, out var id))
        {
            return unitName(id) ?? value;
        }

        return value switch
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
    }
}

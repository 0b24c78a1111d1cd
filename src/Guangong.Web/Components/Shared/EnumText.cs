using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Guangong.Web.Components.Shared;

/// <summary>
/// The Chinese name of an enum value, from its [Display(Name = …)]. The names are read from the attributes once per member:
/// a roster import parses four of them on each of its 20,000 rows, and reading the attributes each time was a fifth of it.
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<(Type Enum, string Member), string?> Names = new();

    public static string Of<T>(T value)
        where T : struct, Enum =>
        NameOf(typeof(T), value.ToString()) ?? value.ToString();

    /// <summary>The Chinese name of a member known by its enum type and name only (text an audit entry kept), or null without one.</summary>
    public static string? NameOf(Type type, string member)
    {
        if (Names.TryGetValue((type, member), out var known))
        {
            return known;
        }

        // Only members that exist are kept: the text of an old audit entry may name one no longer there.
        var field = type.GetField(member, BindingFlags.Public | BindingFlags.Static);
        var name = field?.GetCustomAttribute<DisplayAttribute>()?.Name;
        return field is null ? null : Names.GetOrAdd((type, member), name);
    }

    /// <summary>
    /// The one enum parser for forms, query strings and the API: a member's name or its Chinese
    /// display name, never a number (Enum.TryParse would take "7" or "1,2" as a value).
    /// </summary>
    public static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (!char.IsDigit(t[0]) && t[0] is not ('-' or '+') && !t.Contains(',', StringComparison.Ordinal) && Enum.TryParse<T>(t, out var byName) && Enum.IsDefined(byName))
        {
            return byName;
        }

        return ByDisplayName<T>.Values.TryGetValue(t, out var byDisplayName) ? byDisplayName : null;
    }

    /// <summary>An enum's members by their Chinese names, made once per type (the first member of a name, as before).</summary>
    private static class ByDisplayName<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<string, T> Values = Enum.GetValues<T>().GroupBy(v => Of(v), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public static IEnumerable<T> Values<T>()
        where T : struct, Enum => Enum.GetValues<T>();
}

using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Guangong.Web.Components.Shared;

/// <summary>The Chinese name of an enum value, from its [Display(Name = …)].</summary>
public static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        NameOf(typeof(T), value.ToString()) ?? value.ToString();

    /// <summary>The Chinese name of a member known by its enum type and name only (text an audit entry kept), or null without one.</summary>
    public static string? NameOf(Type type, string member) =>
        type.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayAttribute>()?.Name;

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

        return Values<T>().Where(v => Of(v) == t).Select(v => (T?)v).FirstOrDefault();
    }

    public static IEnumerable<T> Values<T>()
        where T : struct, Enum => Enum.GetValues<T>();
}

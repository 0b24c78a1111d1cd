using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Guangong.Web.Components.Shared;

/// <summary>The Chinese name of an enum value, from its [Display(Name = …)].</summary>
public static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();

    public static IEnumerable<T> Values<T>()
        where T : struct, Enum => Enum.GetValues<T>();
}

using System.Reflection;
using System.Text.RegularExpressions;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Components.Shared;

/// <summary>
/// A form sent over a newer save (two tabs, two people at one record). The page keeps what the user typed, which may
/// be a long summary, and says beside each field what the other save holds; the form takes the saved version, so
/// sending it again is a deliberate overwrite. Showing the saved record instead had thrown the typed text away.
/// </summary>
public static partial class ConflictedForm
{
    public const string Message = "该记录已被他人修改。下面仍是您填写的内容，与他人保存的不同之处已在各栏下方注明；核对后再次提交，即以您填写的为准。";

    /// <summary>For a form that cannot say field by field what the other save holds (a table of scores).</summary>
    public const string KeptMessage = "该记录已被他人修改。下面仍是您填写的内容，还没有保存；核对后再次提交，即以您填写的为准。";

    public const string OtherChoice = "他人保存时这一项与您的不同，请核对。";

    public const string OthersMessage = "另有勾选或选择的项目与他人保存的不同，请逐项核对。";

    /// <summary>The longest saved text quoted beside a field; a longer one is quoted up to there.</summary>
    public const int QuotedLength = 200;

    /// <summary>Keeps <paramref name="typed"/> (now on <paramref name="saved"/>'s version) and answers the messages to show.</summary>
    public static IReadOnlyList<FieldError> Keep<TInput>(TInput typed, TInput saved)
        where TInput : class
    {
        var errors = new List<FieldError> { new(string.Empty, Message) };
        var others = false;
        foreach (var property in typeof(TInput).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || !property.CanWrite || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.Name == "Version")
            {
                property.SetValue(typed, property.GetValue(saved));
            }
            else if (property.PropertyType == typeof(string))
            {
                var theirs = Normal(property.GetValue(saved) as string);
                if (theirs != Normal(property.GetValue(typed) as string))
                {
                    errors.Add(new(property.Name, Said(property.Name, theirs)));
                }
            }
            else if (property.PropertyType == typeof(bool) || property.PropertyType == typeof(bool?) || IsList(property.PropertyType))
            {
                // A tick or a set of choices has no message of its own on most forms: said once, above the form.
                others |= Listed(property.GetValue(saved)) != Listed(property.GetValue(typed));
            }
        }

        if (others)
        {
            errors.Add(new(string.Empty, OthersMessage));
        }

        return errors;
    }

    /// <summary>The messages for a form whose fields are read one by one (field, typed, saved), not through an input class.</summary>
    public static IReadOnlyList<FieldError> Compare(params (string Field, string? Typed, string? Saved)[] fields) =>
    [
        new(string.Empty, Message),
        .. fields.Where(f => Normal(f.Typed) != Normal(f.Saved)).Select(f => new FieldError(f.Field, Said(f.Field, Normal(f.Saved)))),
    ];

    private static bool IsList(Type type) => type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    /// <summary>A tick or a list of choices as one comparable text, in no particular order; a list of objects by their fields.</summary>
    private static string Listed(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "1" : string.Empty,
        System.Collections.IEnumerable items => string.Join('\n', items.Cast<object?>().Select(Item).Order(StringComparer.Ordinal)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Item(object? item) => item switch
    {
        null => string.Empty,
        string or ValueType => Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        _ => string.Join('|', item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => Convert.ToString(p.GetValue(item), System.Globalization.CultureInfo.InvariantCulture))),
    };

    private static string Normal(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>A choice (a unit's id, a status's code) is said to differ, not quoted: its stored form means nothing to a reader.</summary>
    private static string Said(string field, string theirs) =>
        field.EndsWith("Id", StringComparison.Ordinal) || field.EndsWith("Ids", StringComparison.Ordinal) || Code().IsMatch(theirs)
            ? OtherChoice
            : theirs.Length == 0
                ? "他人保存时这一栏是空的。"
                : theirs.Length <= QuotedLength
                    ? $"他人保存的是：“{theirs}”"
                    : $"他人保存的是（共{theirs.Length}字，前{QuotedLength}字）：“{theirs[..QuotedLength]}……”";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9,]*$")]
    private static partial Regex Code();
}

using System.Net;
using System.Text.RegularExpressions;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// Reads the fields of one rendered form (the one whose Blazor handler is given) the way a browser
/// would submit it: inputs with their values, checked boxes only, textareas with their text, and each
/// select's chosen option (the one marked selected, else the first, as a browser does).
/// </summary>
public static partial class HtmlForm
{
    public static List<KeyValuePair<string, string>> Fields(string html, string handler)
    {
        var form = FormPattern().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains($"value=\"{handler}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form {handler} in the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || type is "submit" or "file" || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(name, WebUtility.HtmlDecode(Attribute(tag, "value") ?? (type == "checkbox" ? "on" : string.Empty))));
        }

        foreach (Match area in TextareaPattern().Matches(form))
        {
            fields.Add(new(WebUtility.HtmlDecode(area.Groups[1].Value), WebUtility.HtmlDecode(area.Groups[2].Value)));
        }

        foreach (Match select in SelectPattern().Matches(form))
        {
            var options = OptionPattern().Matches(select.Groups[2].Value).Select(o => o.Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            if (chosen is not null && !select.Value[..select.Value.IndexOf('>', StringComparison.Ordinal)].Contains(" multiple", StringComparison.Ordinal))
            {
                fields.Add(new(WebUtility.HtmlDecode(select.Groups[1].Value), WebUtility.HtmlDecode(Attribute(chosen, "value") ?? string.Empty)));
            }
        }

        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<form[\\s\\S]*?</form>")]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([\\s\\S]*?)</textarea>")]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>([\\s\\S]*?)</select>")]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*>")]
    private static partial Regex OptionPattern();
}

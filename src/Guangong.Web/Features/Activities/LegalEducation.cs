using System.ComponentModel.DataAnnotations;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Activities;

/// <summary>法治教育“四进”: where a legal-education activity took the law (several at once allowed).</summary>
[Flags]
public enum FourIn
{
    [Display(Name = "校园")] School = 1,
    [Display(Name = "村")] Village = 2,
    [Display(Name = "社区")] Community = 4,
    [Display(Name = "企业")] Enterprise = 8,
}

/// <summary>
/// 关爱明天，普法先行: activities of a legal-education category (a 活动类别 naming 法治 or 普法, so a category
/// the administrator adds such as 普法宣传 counts too) carry which of the 四进 they served and the laws taught.
/// </summary>
public static class LegalEducation
{
    /// <summary>The laws a session teaches, in the seeds' words; 其他 for anything else.</summary>
    public static readonly IReadOnlyList<string> Laws =
    [
        "未成年人保护法", "预防未成年人犯罪法", "家庭教育促进法", "宪法", "民法典", "反电信网络诈骗法", "禁毒法", "反家庭暴力法", "网络安全法", "其他",
    ];

    public static readonly IReadOnlyList<FourIn> AllFourIn = [FourIn.School, FourIn.Village, FourIn.Community, FourIn.Enterprise];

    /// <summary>A category naming either word is legal education (法治教育, 普法宣传 …).</summary>
    public static readonly IReadOnlyList<string> CategoryWords = ["法治", "普法"];

    public static bool IsLegalCategory(string? category) => category is { } c && CategoryWords.Any(w => c.Contains(w, StringComparison.Ordinal));

    /// <summary>校园、村 … for a set of 四进, or null for none.</summary>
    public static string? Text(FourIn value) =>
        value == 0 ? null : string.Join("、", AllFourIn.Where(f => value.HasFlag(f)).Select(f => EnumText.Of(f)));

    /// <summary>Reads 四进 typed as Chinese names (进校园 or 校园) or member names, separated by 、 or commas; an unknown one is a field error.</summary>
    public static FourIn ReadFourIn(string? text, string field, List<FieldError> errors)
    {
        FourIn value = 0;
        foreach (var part in Split(text))
        {
            if (EnumText.Parse<FourIn>(part.StartsWith('进') ? part[1..] : part) is { } f && AllFourIn.Contains(f))
            {
                value |= f;
            }
            else
            {
                errors.Add(new FieldError(field, $"“{Short(part)}”不是法治教育“四进”之一，只能选校园、村、社区、企业。"));
                return 0;
            }
        }

        return value;
    }

    /// <summary>Reads the laws taught, each from <see cref="Laws"/>, in the list's order; an unknown one is a field error.</summary>
    public static string? ReadLaws(string? text, string field, List<FieldError> errors)
    {
        var parts = Split(text).Distinct().ToList();
        if (parts.FirstOrDefault(p => !Laws.Contains(p)) is { } unknown)
        {
            errors.Add(new FieldError(field, $"“{Short(unknown)}”不在所讲法律的列表中，请从列表中选择，列表中没有的选“其他”。"));
            return null;
        }

        return parts.Count == 0 ? null : string.Join("、", Laws.Where(parts.Contains));
    }

    public static IReadOnlyList<string> LawList(string? stored) => Split(stored).ToList();

    private static IEnumerable<string> Split(string? text) =>
        (text ?? string.Empty).Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Short(string s) => s.Length > 20 ? s[..20] + "…" : s;
}

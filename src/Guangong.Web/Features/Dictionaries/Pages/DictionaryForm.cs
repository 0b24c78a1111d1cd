using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Dictionaries.Pages;

public sealed class DictionaryForm
{
    [Required(ErrorMessage = "请填写字典值。")]
    [StringLength(DictionaryItem.ValueMaxLength, ErrorMessage = "字典值不能超过40个字。")]
    public string Value { get; set; } = string.Empty;

    [RegularExpression(@"^\s*\d{1,4}\s*$", ErrorMessage = "排序号须为0到9999之间的整数。")]
    public string? SortOrder { get; set; } = "0";

    /// <summary>The typed 排序号; -1 (refused beside the field) for text that is not a number, which had been saved silently as a default.</summary>
    public int SortNumber => string.IsNullOrWhiteSpace(SortOrder) ? 0
        : int.TryParse(SortOrder.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;

    public bool IsEnabled { get; set; } = true;

    public long Version { get; set; }
}

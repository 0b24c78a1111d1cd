using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Dictionaries.Pages;

public sealed class DictionaryForm
{
    [Required(ErrorMessage = "请填写字典值。")]
    [StringLength(DictionaryItem.ValueMaxLength, ErrorMessage = "字典值不能超过40个字。")]
    public string Value { get; set; } = string.Empty;

    [RegularExpression(@"^\s*\d{1,4}\s*$", ErrorMessage = "排序号须为0到9999之间的整数。")]
    public string? SortOrder { get; set; } = "0";

    public int SortNumber => int.TryParse(SortOrder, out var n) ? n : 0;

    public bool IsEnabled { get; set; } = true;

    public long Version { get; set; }
}

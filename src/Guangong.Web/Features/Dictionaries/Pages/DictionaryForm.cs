using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Dictionaries.Pages;

public sealed class DictionaryForm
{
    [Required(ErrorMessage = "请填写字典值。")]
    [StringLength(DictionaryItem.ValueMaxLength, ErrorMessage = "字典值不能超过40个字。")]
    public string Value { get; set; } = string.Empty;

    [Range(0, 9999, ErrorMessage = "排序号须在0到9999之间。")]
    public int SortOrder { get; set; }

    public bool IsEnabled { get; set; } = true;

    public long Version { get; set; }
}

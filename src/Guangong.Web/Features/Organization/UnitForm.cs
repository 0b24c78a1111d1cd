using System.ComponentModel.DataAnnotations;
using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// The unit form as posted. Every non-text field arrives as text and is checked here, so a
/// tampered or mistyped value gets a Chinese message instead of the framework's English binding error.
/// </summary>
public sealed class UnitForm
{
    [Required(ErrorMessage = "请填写单位名称。")]
    [StringLength(Unit.NameMaxLength, ErrorMessage = "单位名称不能超过60个字。")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "请选择层级。")]
    public string Level { get; set; } = string.Empty;

    [Required(ErrorMessage = "请选择单位类型。")]
    public string Kind { get; set; } = string.Empty;

    [StringLength(30, ErrorMessage = "联系人不能超过30个字。")]
    public string? ContactPerson { get; set; }

    [StringLength(30, ErrorMessage = "联系电话不能超过30个字符。")]
    [RegularExpression(Infrastructure.Commands.PhoneNumber.PatternText, ErrorMessage = Infrastructure.Commands.PhoneNumber.Message)]
    public string? ContactPhone { get; set; }

    [StringLength(200, ErrorMessage = "地址不能超过200个字。")]
    public string? Address { get; set; }

    [RegularExpression(@"^\s*\d{1,4}\s*$", ErrorMessage = "排序号须为0到9999之间的整数。")]
    public string? SortOrder { get; set; } = "0";

    public long Version { get; set; }

    /// <summary>Used by the create form only; moving a unit is its own command.</summary>
    [RegularExpression(@"^\d{0,18}$", ErrorMessage = "请从列表中选择上级单位。")]
    public string? ParentId { get; set; }

    public long? ParentUnitId => long.TryParse(ParentId, out var id) ? id : null;

    public static UnitForm From(Unit unit) => new()
    {
        Name = unit.Name,
        Level = unit.Level.ToString(),
        Kind = unit.Kind.ToString(),
        ContactPerson = unit.ContactPerson,
        ContactPhone = unit.ContactPhone,
        Address = unit.Address,
        SortOrder = unit.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Version = unit.Version,
    };

    /// <summary>Unknown level or kind become 0, which the command refuses with a message beside the field.</summary>
    public UnitDraft ToDraft() => new(
        Name,
        EnumText.Parse<UnitLevel>(Level) ?? 0,
        EnumText.Parse<UnitKind>(Kind) ?? 0,
        ContactPerson,
        ContactPhone,
        Address,
        int.TryParse(SortOrder, out var sort) ? sort : 0);
}

using MiniExcelLibs.Attributes;

namespace Guangong.Web.Features.People;

/// <summary>A roster line in an export; the phone is masked as in the list (personal data).</summary>
public sealed class VolunteerExportRow
{
    [ExcelColumn(Name = "姓名", Width = 12)]
    public string Name { get; init; } = string.Empty;

    [ExcelColumn(Name = "性别", Width = 6)]
    public string Gender { get; init; } = string.Empty;

    [ExcelColumn(Name = "出生年份", Width = 10)]
    public int BirthYear { get; init; }

    [ExcelColumn(Name = "年龄", Width = 6)]
    public int Age { get; init; }

    [ExcelColumn(Name = "五老类别", Width = 10)]
    public string? Category { get; init; }

    [ExcelColumn(Name = "队伍层级", Width = 10)]
    public string? Layer { get; init; }

    [ExcelColumn(Name = "特长", Width = 30)]
    public string? Specialties { get; init; }

    [ExcelColumn(Name = "联系电话", Width = 14)]
    public string Phone { get; init; } = string.Empty;

    [ExcelColumn(Name = "所在单位", Width = 24)]
    public string Unit { get; init; } = string.Empty;

    [ExcelColumn(Name = "状态", Width = 8)]
    public string Status { get; init; } = string.Empty;
}

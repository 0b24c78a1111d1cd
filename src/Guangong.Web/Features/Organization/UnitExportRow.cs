using MiniExcelLibs.Attributes;

namespace Guangong.Web.Features.Organization;

/// <summary>One row of the unit list in Excel; column headers are what the officer reads.</summary>
public sealed class UnitExportRow
{
    [ExcelColumn(Name = "单位名称", Width = 30)]
    public string Name { get; init; } = string.Empty;

    [ExcelColumn(Name = "层级", Width = 12)]
    public string Level { get; init; } = string.Empty;

    [ExcelColumn(Name = "类型", Width = 18)]
    public string Kind { get; init; } = string.Empty;

    [ExcelColumn(Name = "下级单位数", Width = 12)]
    public int ChildCount { get; init; }

    [ExcelColumn(Name = "用户数", Width = 10)]
    public int UserCount { get; init; }

    [ExcelColumn(Name = "状态", Width = 10)]
    public string Status { get; init; } = string.Empty;
}

using MiniExcelLibs.Attributes;

namespace Guangong.Web.Features.Accounts;

public sealed class UserExportRow
{
    [ExcelColumn(Name = "用户名", Width = 16)] public string UserName { get; init; } = string.Empty;

    [ExcelColumn(Name = "姓名", Width = 14)] public string DisplayName { get; init; } = string.Empty;

    [ExcelColumn(Name = "所属单位", Width = 24)] public string Unit { get; init; } = string.Empty;

    [ExcelColumn(Name = "角色", Width = 24)] public string Roles { get; init; } = string.Empty;

    [ExcelColumn(Name = "状态", Width = 10)] public string Status { get; init; } = string.Empty;

    [ExcelColumn(Name = "最近登录", Width = 20)] public string LastLogin { get; init; } = string.Empty;

    public static UserExportRow From(UserRow u) => new()
    {
        UserName = u.UserName,
        DisplayName = u.DisplayName,
        Unit = u.UnitName ?? "全部单位",
        Roles = string.Join("、", u.Roles),
        Status = u.IsDisabled ? "已停用" : u.IsLockedOut ? "已锁定" : "正常",
        LastLogin = u.LastLoginUtc is { } t ? Infrastructure.Time.ChinaTime.DateAndTime(t) : "从未登录",
    };
}

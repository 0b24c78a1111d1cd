using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Audit;

public static class AuditActions
{
    public const string Create = "新增";
    public const string Update = "修改";
    public const string Delete = "删除";
    public const string LoginSucceeded = "登录成功";
    public const string LoginFailed = "登录失败";
    public const string LockedOut = "账号锁定";
    public const string Unlocked = "解除锁定";
    public const string Logout = "退出登录";
    public const string AccessDenied = "越权访问";
    public const string Export = "导出";
    public const string Download = "下载";
    public const string View = "查看";
    public const string Undo = "撤销删除";

    /// <summary>The filter value of the sign-in log (登录记录): the actions below, together.</summary>
    public const string SignIns = "登录记录";

    public static readonly string[] SignInActions = [LoginSucceeded, LoginFailed, LockedOut, Unlocked, Logout];

}

/// <summary>
/// One immutable line of the audit trail. Written in the same transaction as the change it
/// describes; the DbContext refuses to update or delete it.
/// </summary>
public class AuditEntry : IUnitOwned
{
    public long Id { get; set; }

    public DateTime TimestampUtc { get; set; }

    public long? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>Path of the unit the record (or the acting user) belongs to; scopes who may read the line.</summary>
    public string UnitPath { get; set; } = string.Empty;

    public long? UnitId { get; set; }

    public string Action { get; set; } = string.Empty;

    public string Entity { get; set; } = string.Empty;

    public string? EntityId { get; set; }

    /// <summary>JSON array of {"field","old","new"}.</summary>
    public string? Changes { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>
    /// For a 撤销删除 entry, the removal entry whose record it put back: the record's new row is audited as the undo itself
    /// (one line, not a 撤销删除 and a 新增), and a removal is undone once.
    /// </summary>
    public long? UndoOf { get; set; }

    long IUnitOwned.UnitId => UnitId ?? 0;
}

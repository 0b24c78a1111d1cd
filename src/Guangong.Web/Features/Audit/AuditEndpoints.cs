using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Guangong.Web.Features.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/audit/export", async (string? user, string? unit, string? entity, string? action, string? from, string? to,
            AuditLog log, UnitChoices units, ExcelExport excel, CancellationToken ct) =>
        {
            var query = await log.SearchAsync(AuditText.Filter(user, Components.Shared.QueryValue.Long(unit), entity, action, from, to), ct);
            var rows = await query.Take(50_000).ToListAsync(ct);
            // The units the rows name, read by id as the page reads its rows' (a province's tree is 24,000 units).
            var unitNames = await units.NamesAsync(rows.SelectMany(AuditValueText.UnitIds), ct);
            var lookup = await log.LookupAsync(rows, id => unitNames.GetValueOrDefault(id), ct);
            return await excel.FileAsync(rows.Select(a => new AuditExportRow
            {
                Time = ChinaTime.DateAndTime(a.TimestampUtc),
                UserName = a.UserName,
                Action = a.Action,
                Entity = AuditText.Entity(a.Entity),
                EntityId = AuditText.EntityId(a.Entity, a.EntityId, lookup),
                Changes = string.Join("\n", AuditText.Lines(a.Changes, a.Entity, lookup)),
                IpAddress = a.IpAddress,
            }), "审计日志", nameof(AuditEntry), $"用户={user};单位={unit};对象={entity};操作={action};{from}至{to}", ct);
        }).RequireAuthorization(Policies.CanAdminister).ExcludeFromDescription().AsPersonalDataExport();
        return app;
    }

    private sealed class AuditExportRow
    {
        [ExcelColumn(Name = "时间", Width = 20)] public string Time { get; init; } = string.Empty;

        [ExcelColumn(Name = "用户", Width = 14)] public string UserName { get; init; } = string.Empty;

        [ExcelColumn(Name = "操作", Width = 10)] public string Action { get; init; } = string.Empty;

        [ExcelColumn(Name = "对象", Width = 10)] public string Entity { get; init; } = string.Empty;

        [ExcelColumn(Name = "编号", Width = 10)] public string? EntityId { get; init; }

        [ExcelColumn(Name = "内容", Width = 60)] public string Changes { get; init; } = string.Empty;

        [ExcelColumn(Name = "IP地址", Width = 16)] public string? IpAddress { get; init; }
    }
}

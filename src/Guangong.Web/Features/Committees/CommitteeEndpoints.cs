using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

public static class CommitteeEndpoints
{
    public static IEndpointRouteBuilder MapCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/committees/export", async (string? q, CommitteeDirectory committees, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await committees.ListAsync(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), ct);
            return await excel.FileAsync(rows.Select(c => new { 关工委 = c.Name, 班子成员 = c.Members, 空缺 = c.Vacancies, 未达标要求 = c.FailingRules, 已逾期 = c.Overdue ? "是" : "否" }), "关工委班子", nameof(LeadershipPosition), q ?? "全部", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription().AsPersonalDataExport();

        app.MapGet("/committees/compliance/export", async (CommitteeDirectory committees, ExcelExport excel, CancellationToken ct) =>
        {
            var lines = await committees.ComplianceAsync(ct);
            // As the page shows it: a committee with no team recorded has no date it began to fall short (FailingSince is
            // today then, which the sheet printed as a date after the rule's own deadline). Dictionary rows, so MiniExcel
            // types each cell by its value, a date or words.
            return await excel.FileAsync(lines.Select(l => new Dictionary<string, object?>
            {
                ["关工委"] = l.Name,
                ["未达标的要求"] = EnumText.Of(l.Rule.Kind),
                ["自何时起"] = l.NoTeam ? "尚未录入班子" : l.FailingSince,
                ["整改期限"] = l.Rule.DueDate,
                ["状态"] = l.Overdue ? "已逾期" : "待调整",
            }), "班子配备达标情况", nameof(LeadershipRule), "未达标", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/correspondents/export", async (CommitteeDirectory committees, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = (await committees.CorrespondentsAsync(ct)).Select(c => new CorrespondentLine(c.Correspondent.Name, c.UnitName, c.Correspondent.Grid, c.Correspondent.Phone)).ToList();
            return await excel.FileAsync(rows.Select(c => new { 姓名 = c.Name, 负责单位 = c.Unit, 网格 = c.Grid, 电话 = PhoneMask.Mask(c.Phone) }), "通讯员", nameof(Correspondent), "全部", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription().AsPersonalDataExport();

        var api = app.MapGroup("/api/v1/committees").RequireAuthorization().WithTags("关工委班子");
        api.MapGet("/", async (string? q, CommitteeDirectory committees, CancellationToken ct) => await committees.ListAsync(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), ct))
            .WithSummary("范围内的关工委及班子配备情况");
        api.MapGet("/{unitId:long}", async (long unitId, CommitteeDirectory committees, CancellationToken ct) =>
            await committees.DetailAsync(unitId, committees.Today.Year, ct) is { } d
                ? Results.Ok(CommitteeDetailDto.From(d))
                : Results.NotFound())
            .WithSummary("关工委详情：班子成员、成员单位、配备要求");

        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanManageCommittees);
        write.MapPost("/{unitId:long}/positions", async (long unitId, PositionInput input, PositionCommands records, CancellationToken ct) =>
        {
            var result = await records.AddPositionAsync(unitId, input, ct);
            return result.ToHttpResult(PositionDto.From, result.Value is { } p ? $"/api/v1/committees/{unitId}" : null);
        }).WithSummary("增加班子成员");
        write.MapPut("/positions/{id:long}", async (long id, PositionInput input, PositionCommands records, CancellationToken ct) =>
            (await records.UpdatePositionAsync(id, input, ct)).ToHttpResult(PositionDto.From))
            .WithSummary("修改班子成员（须带上读取时的 version）");
        return app;
    }

    /// <summary>A correspondent's line of the export, read in one query.</summary>
    private sealed record CorrespondentLine(string Name, string Unit, string? Grid, string? Phone);
}

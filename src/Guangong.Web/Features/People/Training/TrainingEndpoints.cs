using Guangong.Web.Features.Accounts;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People.Training;

public static class TrainingEndpoints
{
    public static IEndpointRouteBuilder MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/training/export", async ([AsParameters] TrainingQueryString q, TrainingDirectory trainings, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await trainings.ListAsync(q.ToFilter(), ct);
            return await excel.FileAsync(rows.Select(t => new
            {
                日期 = t.Date,
                主题 = t.Topic,
                类型 = t.Kind,
                形式 = t.Online ? "线上" : "线下",
                学时 = t.Hours,
                主讲人 = t.Speaker,
                举办单位 = t.UnitName,
                参加人数 = t.AttendeeCount,
            }), "学习培训", nameof(TrainingSession), Describe(q), ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/training/hours/export", async (string? year, TrainingDirectory trainings, ExcelExport excel, TimeProvider clock, CancellationToken ct) =>
        {
            var y = new TrainingFilter(Year: year).YearValue ?? ChinaTime.Today(clock).Year;
            var report = await trainings.HoursAsync(y, ct);
            return await excel.FileAsync(report.People.Select(p => new { 姓名 = p.Name, 所在单位 = p.UnitName, 次数 = p.Sessions, 学时 = p.Hours }), $"{y}年培训学时", nameof(TrainingAttendance), $"{y}年", ct);
        }).RequireAuthorization(Policies.CanReadRoster).ExcludeFromDescription().AsPersonalDataExport();

        var api = app.MapGroup("/api/v1/training").RequireAuthorization().WithTags("学习培训");
        api.MapGet("/", async ([AsParameters] TrainingQueryString q, TrainingDirectory trainings, CancellationToken ct) =>
        {
            var page = await trainings.PageAsync(q.ToFilter(), QueryValue.Page(q.Page), ct);
            return new PageDto<TrainingRow>(page.Items, page.Total, page.Page, page.PageSize);
        }).WithSummary("培训列表（按年份、类型、关键词筛选）");
        api.MapGet("/{id:long}", async (long id, TrainingDirectory trainings, CancellationToken ct) =>
            await trainings.DetailAsync(id, ct) is { } d ? Results.Ok(TrainingDto.From(d.Session, d.UnitName, d.Attendees)) : Results.NotFound())
            .RequireAuthorization(Policies.CanReadRoster)
            .WithSummary("培训详情（含参加人员）");

        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanManageRoster);
        write.MapPost("/", async (TrainingInput input, TrainingRecords records, CancellationToken ct) =>
        {
            var result = await records.CreateAsync(input, ct);
            return result.ToHttpResult(s => TrainingDto.From(s, null, []), result.Value is { } s ? $"/api/v1/training/{s.Id}" : null);
        }).WithSummary("新增培训");
        write.MapPut("/{id:long}", async (long id, TrainingInput input, TrainingRecords records, CancellationToken ct) =>
            (await records.UpdateAsync(id, input, ct)).ToHttpResult(s => TrainingDto.From(s, null, [])))
            .WithSummary("修改培训（须带上读取时的 version）");
        write.MapPut("/{id:long}/attendees", async (long id, AttendeesInput input, TrainingRecords records, CancellationToken ct) =>
            (await records.SetAttendeesAsync(id, input.Version, input.VolunteerIds ?? [], ct)).ToHttpResult(s => TrainingDto.From(s, null, [])))
            .WithSummary("设置参加人员");
        return app;
    }

    private static string Describe(TrainingQueryString q) => string.Join("；", new[] { q.Q, q.Kind, q.Year }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } d ? d : "全部";

    public sealed record TrainingQueryString
    {
        public string? Q { get; init; }
        public string? Kind { get; init; }
        public string? Year { get; init; }
        public string? Sort { get; init; }
        public string? Desc { get; init; }
        public string? Page { get; init; }

        public TrainingFilter ToFilter() => new(Q, Kind, Year, Sort, Desc);
    }

    public sealed record AttendeesInput(long Version, long[]? VolunteerIds);
}

public sealed record TrainingDto(long Id, string Topic, string Kind, DateOnly Date, string Mode, decimal Hours, string? Speaker, string? Place, long UnitId, string? UnitName, string? Summary, IReadOnlyList<AttendeeRow> Attendees, long Version)
{
    public static TrainingDto From(TrainingSession s, string? unitName, IReadOnlyList<AttendeeRow> attendees) =>
        new(s.Id, s.Topic, s.Kind, s.Date, s.Online ? "线上" : "线下", s.Hours, s.Speaker, s.Place, s.UnitId, unitName, s.Summary, attendees, s.Version);
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Guangong.Web.Features.Activities;

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        // The activity form's name search (volunteer-find.js): the volunteers the recorder may name, as the form lists them.
        app.MapGet(VolunteerFinder.Url, async (string? name, ActivityFormOptions options, CancellationToken ct) =>
            VolunteerFinder.Name(name) is { } wanted ? await options.FindVolunteersAsync(wanted, ct) : new VolunteerMatches([], false))
            .RequireAuthorization(Policies.CanRecordActivities).ExcludeFromDescription();

        app.MapGet("/activities/export", async ([AsParameters] ActivityQueryString q, ActivityDirectory activities, ExcelExport excel, CancellationToken ct) =>
        {
            var rows = await activities.ListAsync(q.ToFilter(), ct: ct);
            return await excel.FileAsync(rows.Select(a => new
            {
                日期 = a.Date,
                活动名称 = a.Title,
                类别 = a.Category,
                组织单位 = a.UnitName,
                地点 = a.Place,
                参与青少年 = a.YouthReached,
                服务五老 = a.VolunteerCount,
                附件 = a.FileCount,
                状态 = EnumText.Of(a.Status),
            }), "活动记录", nameof(Activity), q.ToFilter().Describe(), ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/activities/hours/export", async (string? year, ServiceHours hours, ExcelExport excel, TimeProvider clock, CancellationToken ct) =>
        {
            var y = QueryValue.Year(year) ?? ChinaTime.Today(clock).Year;
            var report = await hours.YearAsync(y, ct);
            return await excel.FileAsync(report.People.Select(p => new { 姓名 = p.Name, 所在单位 = p.UnitName, 活动次数 = p.Activities, 服务时长 = p.Hours, 已核实 = p.VerifiedHours, 累计时长 = p.LifetimeHours, 星级 = ServiceHours.StarText(p.Stars) }), $"{y}年服务时长", nameof(ServiceHourEntry), $"{y}年", ct);
        }).RequireAuthorization(Policies.CanReadRoster).ExcludeFromDescription().AsPersonalDataExport();

        app.MapGet("/activities/coverage/export", async (string? unit, string? from, string? to, Coverage coverage, ExcelExport excel, CancellationToken ct) =>
        {
            var (f, t) = (DateText.Parse(from), DateText.Parse(to));
            var matrix = f is null || t is null || t < f ? null : await coverage.MatrixAsync(QueryValue.Long(unit), f.Value, t.Value, ct);
            if (matrix is null)
            {
                return Results.NotFound();
            }

            // One column per category, as on the page: a dictionary per row, since the categories are the office's own list.
            var rows = matrix.Units.Select(u => matrix.Categories.Aggregate(
                new Dictionary<string, object> { ["单位"] = u.Name },
                (row, c) => { row[c] = matrix.Count(u.Id, c); return row; }));
            return await excel.FileAsync(rows, "活动覆盖情况", nameof(Activity), $"{matrix.RootName}，{ChinaTime.Date(matrix.From)}至{ChinaTime.Date(matrix.To)}", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/activities/files/{id:long}", async (long id, string? thumb, GuangongDbContext db, EvidenceFiles files, CancellationToken ct) =>
        {
            var file = await db.FindInScopeAsync<ActivityFile>(id, ct);
            var small = thumb is "1" or "true" && file?.HasThumbnail == true;
            var stream = file is null ? null : files.Open(file.StorageKey, small);
            if (file is null || stream is null)
            {
                return Results.NotFound();
            }

            return small
                ? Results.File(stream, "image/jpeg")
                : Results.File(stream, file.ContentType, file.FileName, enableRangeProcessing: true);
        }).RequireAuthorization(Policies.CanReadRoster).ExcludeFromDescription(); // photos show children: roster readers only

        app.MapGet("/activities/{id:long}/checkin-qr", async (long id, HttpContext http, GuangongDbContext db, CancellationToken ct) =>
        {
            var activity = await db.FindInScopeAsync<Activity>(id, ct);
            if (activity?.CheckInCode is not { } code)
            {
                return Results.NotFound();
            }

            var url = $"{http.Request.Scheme}://{http.Request.Host}/checkin?code={code}";
            using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
            return Results.Content(new SvgQRCode(data).GetGraphic(8), "image/svg+xml");
        }).RequireAuthorization(Policies.CanRecordActivities).ExcludeFromDescription();

        // A volunteer's whole record, for the copy they may ask for (个人信息查阅、复制).
        app.MapGet("/volunteers/{id:long}/export", async (long id, VolunteerRecord record, ExcelExport excel, CancellationToken ct) =>
            await record.SheetsAsync(id, ct) is { } r
                ? await excel.SheetsAsync(r.Sheets, r.Rows, $"{r.Name}的个人信息", "Volunteer", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "本人信息副本", ct)
                : Results.NotFound())
            .RequireAuthorization(Policies.CanManageRoster).ExcludeFromDescription()
            .AsPersonalDataExport(async http => long.TryParse(http.GetRouteValue("id") as string, out var id)
                && await http.RequestServices.GetRequiredService<People.VolunteerDirectory>().FindAsync(id, http.RequestAborted) is not null);

        // A certificate is issued by the form on its page (a post); this only hands out the file kept at issue.
        app.MapGet("/activities/certificates/{id:long}/file", async (long id, Certificates certificates, CancellationToken ct) =>
            await certificates.FileAsync(id, ct) is { } f
                ? Results.File(f.Content, Guangong.Documents.MediaTypes.Docx, f.FileName)
                : Results.NotFound())
            .RequireAuthorization(Policies.CanRecordActivities).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/activities").RequireAuthorization().WithTags("活动记录");
        api.MapGet("/", async ([AsParameters] ActivityQueryString q, ActivityDirectory activities, CancellationToken ct) =>
        {
            var page = await activities.PageAsync(q.ToFilter(), QueryValue.Page(q.Page), ct);
            return new PageDto<ActivityRow>(page.Items, page.Total, page.Page, page.PageSize);
        }).WithSummary("活动列表（类别、单位、日期、五老、计划任务筛选）");
        api.MapGet("/{id:long}", async (long id, ActivityDirectory activities, CancellationToken ct) =>
            await activities.DetailAsync(id, ct) is { } d ? Results.Ok(ActivityDto.From(d)) : Results.NotFound())
            .WithSummary("活动详情（含服务五老、附件）");

        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanRecordActivities);
        write.MapPost("/", async (HttpRequest request, ActivityRecords records, ActivityDirectory activities, CancellationToken ct) =>
        {
            var (input, uploads, error) = await ApiInput.ReadAsync(request, ct);
            if (error is not null)
            {
                return error;
            }

            var result = await records.CreateAsync(input!, uploads, ct);
            return result.Succeeded
                ? Results.Created($"/api/v1/activities/{result.Value!.Id}", ActivityDto.From((await activities.DetailAsync(result.Value.Id, ct))!))
                : result.ToHttpResult(a => a.Id);
        }).WithSummary("记录活动：JSON，或 multipart（字段 activity 为JSON，照片为 photos 文件）").DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(200L * 1024 * 1024));
        write.MapPut("/{id:long}", async (long id, HttpRequest request, ActivityRecords records, ActivityDirectory activities, CancellationToken ct) =>
        {
            var (input, uploads, error) = await ApiInput.ReadAsync(request, ct);
            if (error is not null)
            {
                return error;
            }

            var result = await records.UpdateAsync(id, input!, uploads, ct);
            return result.Succeeded
                ? Results.Ok(ActivityDto.From((await activities.DetailAsync(id, ct))!))
                : result.ToHttpResult(ActivityStateDto.From);
        }).WithSummary("修改活动（须带上读取时的 version）").DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(200L * 1024 * 1024));

        var checkin = app.MapGroup("/api/v1/checkin").RequireAuthorization().RequireRateLimiting(CheckIn.RateLimitPolicy).WithTags("活动签到");
        checkin.MapGet("/{code}", async (string code, CheckIn service, CancellationToken ct) => Answer(await service.FindAsync(code, ct))).WithSummary("按签到码查看活动和本人签到状态");
        checkin.MapPost("/{code}/in", async (string code, CheckIn service, CancellationToken ct) => Answer(await service.CheckInAsync(code, ct))).WithSummary("签到").DisableAntiforgery();
        checkin.MapPost("/{code}/out", async (string code, bool? sure, CheckIn service, CancellationToken ct) => Answer(await service.CheckOutAsync(code, sure == true, ct)))
            .WithSummary("签退，时长记为本人核实（签到后15分钟内签退须带 sure=true）").DisableAntiforgery();
        return app;
    }

    private static IResult Answer((CheckIn.State? State, string? Error) r) => r.State is { } s && r.Error is null
        ? Results.Ok(CheckInDto.From(s))
        : Results.Problem(statusCode: r.State is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, title: r.Error ?? "无法签到");

    // Init properties, not a positional record: the request delegate generator writes typeof(string?) for the
    // constructor parameters of an [AsParameters] record, which does not compile.
    public sealed record ActivityQueryString
    {
        public string? Q { get; init; }
        public string? Category { get; init; }
        public string? Unit { get; init; }
        public string? From { get; init; }
        public string? To { get; init; }
        public string? Volunteer { get; init; }
        public string? Task { get; init; }
        public string? Status { get; init; }
        public string? Page { get; init; }

        public ActivityFilter ToFilter() => new(Q, Category, Unit, From, To, Volunteer, Task, Status);
    }
}

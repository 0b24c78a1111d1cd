using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People.Import;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Time;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/volunteers/export", async ([AsParameters] VolunteerQueryString q, VolunteerDirectory volunteers, VolunteerRoster roster, ExcelExport excel, ClaimsPrincipal user, IAuthorizationService auth, CancellationToken ct) =>
        {
            // Whoever may edit the roster gets the numbers whole, so the edited file imports back; the export is audited.
            var whole = (await auth.AuthorizeAsync(user, Policies.CanManageRoster)).Succeeded;
            var people = await (await volunteers.FilteredAsync(q.ToFilter(), ct)).Select(v => new RosterExportSource(v, v.Unit!.Name)).ToListAsync(ct);
            var codes = await roster.CodesAsync(ct);
            // Each unit as the reader's lists name it (a district's with its town), so the file imports back to the same unit.
            var rows = people.Select(p => RosterExport.Row(p.Volunteer, codes.Units.GetValueOrDefault(p.Volunteer.UnitId)?.Label ?? p.UnitName, whole)).ToList();
            return await excel.SheetsAsync(RosterSpreadsheet.Sheets(codes, rows), rows.Count, RosterSpreadsheet.SheetName, nameof(Volunteer), null, q.ToFilter().Describe(), ct,
                workbook => RosterSpreadsheet.WithDropDowns(workbook, codes), RosterSpreadsheet.Layout());
        }).RequireAuthorization(Policies.CanReadRoster).ExcludeFromDescription().AsPersonalDataExport();

        app.MapGet("/volunteers/care/export", async (string? days, VolunteerCare care, ExcelExport excel, CancellationToken ct) =>
        {
            var n = VolunteerCare.ParseDays(days) ?? care.DefaultDays;
            var rows = await care.NotVisitedAsync(n, ct);
            // Rows as dictionaries: MiniExcel types a cell by its value there (a date, or the words 从未走访), where an
            // object-typed property would be written as the date's invariant text.
            return await excel.FileAsync(rows.Select(r => new Dictionary<string, object?>
            {
                ["姓名"] = r.Name,
                ["年龄"] = r.Age,
                ["电话"] = PhoneMask.Mask(r.Phone),
                ["所在单位"] = r.UnitName,
                ["上次走访"] = r.LastVisit is { } v ? v : "从未走访",
                ["已过天数"] = r.DaysSince,
            }), "待走访五老", nameof(VolunteerVisit), $"超过{n}天未走访", ct);
        }).RequireAuthorization(Policies.CanReadRoster).ExcludeFromDescription().AsPersonalDataExport();

        app.MapGet("/volunteers/import/template", async (VolunteerRoster roster, CancellationToken ct) =>
            Results.File(RosterSpreadsheet.Template(await roster.CodesAsync(ct)), ExcelExport.ContentType, "五老名册导入模板.xlsx"))
            .RequireAuthorization(Policies.CanManageRoster).ExcludeFromDescription();

        app.MapGet("/volunteers/import/{token}/rejected", async (string token, RosterImport import, CancellationToken ct) =>
            await import.PreviewAsync(token, ct) is { FileError: null } preview
                ? Results.File(RosterSpreadsheet.Rejected(preview.Rows.Where(r => !r.IsValid)), ExcelExport.ContentType, "未导入的行.xlsx")
                : Results.NotFound())
            .RequireAuthorization(Policies.CanManageRoster).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/volunteers").RequireAuthorization(Policies.CanReadRoster).WithTags("五老名册");
        api.MapGet("/", async ([AsParameters] VolunteerQueryString q, VolunteerDirectory volunteers, TimeProvider clock, CancellationToken ct) =>
        {
            var year = ChinaTime.Today(clock).Year;
            var page = await volunteers.PageAsync(q.ToFilter(), QueryValue.Page(q.Page), QueryValue.Long(q.PageSize) is { } size ? (int)Math.Clamp(size, 1, 200) : PagedListExtensions.DefaultPageSize, ct);
            return new PageDto<VolunteerDto>(page.Items.Select(v => VolunteerDto.From(v, year)).ToList(), page.Total, page.Page, page.PageSize);
        }).WithSummary("五老名册（筛选、分页；电话已脱敏）");
        api.MapGet("/{id:long}", async (long id, VolunteerDirectory volunteers, TimeProvider clock, CancellationToken ct) =>
            await volunteers.ProfileAsync(id, fullPhone: true, ct) is { } p
                ? Results.Ok(VolunteerDto.From(p.Volunteer, p.UnitName, ChinaTime.Today(clock).Year) with { Phone = p.PhoneShown })
                : Results.NotFound())
            .WithSummary("五老详情（维护名册的角色得到完整电话，每次读取均记入审计日志；上级查看得到脱敏电话）");

        var write = api.MapGroup(string.Empty).RequireAuthorization(Policies.CanManageRoster);
        write.MapPost("/", async (VolunteerInput input, VolunteerRoster roster, GuangongDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await roster.CreateAsync(input, ct);
            return await ToDtoResultAsync(result, db, clock, created: true, ct);
        }).WithSummary("新增五老");
        write.MapPut("/{id:long}", async (long id, VolunteerInput input, VolunteerRoster roster, GuangongDbContext db, TimeProvider clock, CancellationToken ct) =>
            await ToDtoResultAsync(await roster.UpdateAsync(id, input, ct), db, clock, created: false, ct))
            .WithSummary("修改五老（须带上读取时的 version）");
        write.MapPost("/{id:long}/status", async (long id, StatusInput input, VolunteerRoster roster, GuangongDbContext db, TimeProvider clock, CancellationToken ct) =>
            await ToDtoResultAsync(await roster.ChangeStatusAsync(id, input, ct), db, clock, created: false, ct))
            .WithSummary("变更五老状态（留存历史）");
        write.MapPost("/{id:long}/visits", async (long id, VisitInput input, VolunteerRoster roster, CancellationToken ct) =>
            (await roster.AddVisitAsync(id, input, ct)).ToHttpResult(VisitDto.From, $"/api/v1/volunteers/{id}"))
            .WithSummary("记录走访");
        app.MapTrainingEndpoints();
        return app;
    }

    private static async Task<IResult> ToDtoResultAsync(CommandResult<Volunteer> result, GuangongDbContext db, TimeProvider clock, bool created, CancellationToken ct)
    {
        var unitName = result.Value is { } v
            ? await db.Units.Where(u => u.Id == v.UnitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? string.Empty
            : string.Empty;
        var year = ChinaTime.Today(clock).Year;
        return result.ToHttpResult(x => VolunteerDto.From(x, unitName, year), created && result.Value is { } c ? $"/api/v1/volunteers/{c.Id}" : null);
    }

    /// <summary>The roster's query string, as text, shared by the page, the export and the API.</summary>
    public sealed record VolunteerQueryString
    {
        public string? Q { get; init; }
        public string? Category { get; init; }
        public string? Layer { get; init; }
        public string? Status { get; init; }
        public string? Age { get; init; }
        public string? Unit { get; init; }
        public string? Sort { get; init; }
        public string? Desc { get; init; }
        public string? Page { get; init; }
        public string? PageSize { get; init; }

        public VolunteerFilter ToFilter() => new(Q, Category, Layer, Status, Age, Unit, Sort, Desc);
    }
}

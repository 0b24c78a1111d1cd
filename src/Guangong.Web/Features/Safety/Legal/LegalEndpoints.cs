using Guangong.Web.Features.Accounts;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Exports;

namespace Guangong.Web.Features.Safety.Legal;

public static class LegalEndpoints
{
    public static IEndpointRouteBuilder MapLegalEndpoints(this IEndpointRouteBuilder app)
    {
        // The year view as a spreadsheet: counts only, one row per unit, a column per 四进.
        app.MapGet("/safety/legal-education/export", async (string? unit, string? year, LegalCoverage coverage, ExcelExport excel, TimeProvider clock, CancellationToken ct) =>
        {
            var y = QueryValue.Year(year) ?? Infrastructure.Time.ChinaTime.Today(clock).Year;
            if (await coverage.YearAsync(QueryValue.Long(unit), y, ct) is not { } view || (unit is { Length: > 0 } && QueryValue.Long(unit) is null))
            {
                return Results.NotFound();
            }

            var rows = view.Rows.Select(r => Activities.LegalEducation.AllFourIn.Aggregate(
                new Dictionary<string, object> { ["单位"] = r.UnitName },
                (row, f) => { row["进" + EnumText.Of(f)] = r.For(f); return row; },
                row => { row["场次合计"] = r.Total; row["未填四进"] = r.WithoutFourIn; row["青少年人次"] = r.Youth; return row; }));
            return await excel.FileAsync(rows, $"{y}年法治教育四进覆盖", nameof(Activity), $"{view.RootName}，{y}年", ct);
        }).RequireAuthorization(Policies.CanExportLists).ExcludeFromDescription();

        app.MapGet("/api/v1/legal-education", async (string? unit, string? year, LegalCoverage coverage, TimeProvider clock, CancellationToken ct) =>
        {
            var y = QueryValue.Year(year) ?? Infrastructure.Time.ChinaTime.Today(clock).Year;
            return await coverage.YearAsync(QueryValue.Long(unit), y, ct) is { } view && !(unit is { Length: > 0 } && QueryValue.Long(unit) is null)
                ? Results.Ok(LegalYearDto.From(view, y))
                : Results.NotFound();
        }).RequireAuthorization().WithTags("法治教育").WithSummary("法治教育“四进”年度覆盖：各单位进校园/进村/进社区/进企业场次、青少年人次、所讲法律（unit、year）");
        return app;
    }
}

public sealed record LegalYearDto(long UnitId, string Unit, int Year, int Sessions, int Youth, IReadOnlyList<string> Missing, IReadOnlyList<LegalUnitDto> Rows, IReadOnlyDictionary<string, int> Laws)
{
    public static LegalYearDto From(LegalCoverageView v, int year) =>
        new(v.RootId, v.RootName, year, v.Total, v.Youth, [.. v.Missing.Select(f => f.ToString())], [.. v.Rows.Select(LegalUnitDto.From)], v.Laws);
}

public sealed record LegalUnitDto(long UnitId, string Unit, int School, int Village, int Community, int Enterprise, int Sessions, int WithoutFourIn, int Youth)
{
    public static LegalUnitDto From(LegalCoverageRow r) =>
        new(r.UnitId, r.UnitName, r.For(FourIn.School), r.For(FourIn.Village), r.For(FourIn.Community), r.For(FourIn.Enterprise), r.Total, r.WithoutFourIn, r.Youth);
}

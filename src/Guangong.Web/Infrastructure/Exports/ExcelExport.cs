using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using MiniExcelLibs;

namespace Guangong.Web.Infrastructure.Exports;

/// <summary>Writes rows to an .xlsx download and records the export in the audit trail.</summary>
public sealed class ExcelExport(GuangongDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IResult> FileAsync<T>(IEnumerable<T> rows, string title, string entity, string filterDescription, CancellationToken ct = default)
    {
        var list = rows.ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(list, sheetName: title, cancellationToken: ct);
        stream.Position = 0;
        db.AddAuditEvent(AuditActions.Export, entity, null, $"{title}：{list.Count}行；条件：{filterDescription}");
        await db.SaveChangesAsync(ct);
        Auditing.ReadAuditMiddleware.MarkAudited(http.HttpContext);
        var stamp = Time.ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(stream, ContentType, $"{title}-{stamp}.xlsx");
    }
}

using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Documents;

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        // The file as issued, byte for byte: never regenerated, so a copy matches the register.
        app.MapGet("/documents/{id:long}/file", async (long id, DocumentRegister register, CancellationToken ct) =>
            await register.FileAsync(id, ct) is { } f ? Results.File(f.Content, Guangong.Documents.MediaTypes.Docx, f.FileName) : Results.NotFound())
            .RequireAuthorization().ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/documents").RequireAuthorization().WithTags("发文登记");
        api.MapGet("/register", async (string? unit, string? year, DocumentRegister register, CancellationToken ct) =>
        {
            var rows = await register.ListAsync(QueryValue.Long(unit), QueryValue.Year(year), ct);
            return rows.Select(RegisterEntryDto.From);
        }).WithSummary("发文登记：已发公文及其发文字号（unit=单位ID，year=年份）");
        return app;
    }
}

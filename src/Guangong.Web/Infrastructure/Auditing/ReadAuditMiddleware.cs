using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Microsoft.Net.Http.Headers;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Reads that take data away are audited in one place: every file a signed-in user downloads (a
/// photo, an evidence file, a generated .docx: anything answered as an attachment) and every API
/// read, which is how lists leave the platform in bulk. Written as the answer starts, so only what
/// was really served (200) is logged. An endpoint that audits its own download with more detail
/// (the Excel export names its filter and row count) says so with <see cref="MarkAudited"/>.
/// </summary>
public sealed class ReadAuditMiddleware(RequestDelegate next, ILogger<ReadAuditMiddleware> logger)
{
    public const string DownloadEntity = "Download";

    public const string ApiReadEntity = "ApiRead";

    private const string AuditedKey = "Guangong.ReadAudited";

    public static void MarkAudited(HttpContext? context)
    {
        if (context is not null)
        {
            context.Items[AuditedKey] = true;
        }
    }

    public Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated == true)
        {
            http.Response.OnStarting(() => AuditAsync(http));
        }

        return next(http);
    }

    private async Task AuditAsync(HttpContext http)
    {
        if (http.Response.StatusCode != StatusCodes.Status200OK || http.Items.ContainsKey(AuditedKey))
        {
            return;
        }

        var isApi = http.Request.Path.StartsWithSegments("/api");
        var fileName = ContentDispositionHeaderValue.TryParse(http.Response.Headers.ContentDisposition.ToString(), out var disposition)
            && disposition.DispositionType.Equals("attachment", StringComparison.OrdinalIgnoreCase)
            ? (disposition.FileNameStar.Value ?? disposition.FileName.Value ?? string.Empty).Trim('"')
            : null;
        if (fileName is null && !isApi)
        {
            return;
        }

        try
        {
            var db = http.RequestServices.GetRequiredService<GuangongDbContext>();
            var address = http.Request.Path + http.Request.QueryString;
            db.AddAuditEvent(fileName is null ? AuditActions.View : AuditActions.Download, fileName is null ? ApiReadEntity : DownloadEntity, null,
                fileName is null ? address : $"{fileName}（{address}）");
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The data was already on its way; a failed audit line must not turn it into a broken download.
            logger.LogError(ex, "Could not audit the read of {Path}", http.Request.Path);
        }
    }
}

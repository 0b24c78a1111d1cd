using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>
/// The one upload on pick of every form that takes files (<c>wwwroot/js/form-send.js</c>): signed-in pages only
/// (the cookie, with the form's anti-forgery token), one file per request, so each counts against the per-user
/// upload rate like any other upload. The form names its <see cref="UploadKind"/> (<c>kind</c>); a user who works
/// on no form of that kind is refused (403). Another user's token answers as one that does not exist: 404.
/// </summary>
public static class PendingUploadEndpoints
{
    public const string Url = "/uploads";

    public static string ThumbnailUrl(string token) => $"{Url}/{token}/thumb";

    public static IEndpointRouteBuilder MapPendingUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup(Url).RequireAuthorization().ExcludeFromDescription();

        // Binding the file makes the anti-forgery middleware check the form's token first.
        uploads.MapPost("/", async ([FromForm] string? kind, IFormFile file, PendingUploads pending, CancellationToken ct) =>
        {
            if (pending.Kind(kind) is not { } uploadKind)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "这个表单不能上传文件。");
            }

            if (!pending.MayUpload(uploadKind))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var (upload, error) = await pending.StoreAsync(file, uploadKind, ct);
            return upload is not null
                ? Results.Ok(PendingUploadDto.From(upload))
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
        }).WithMetadata(new RequestSizeLimitAttribute(PendingUploads.MaxBytes + (1024 * 1024)));

        uploads.MapGet("/{token}/thumb", async (string token, PendingUploads pending, CancellationToken ct) =>
            await pending.OpenThumbnailAsync(token, ct) is { } stream ? Results.File(stream, "image/jpeg") : Results.NotFound());

        uploads.MapPost("/{token}/delete", async (string token, HttpContext http, IAntiforgery antiforgery, PendingUploads pending, CancellationToken ct) =>
        {
            // No form field is bound here, so nothing else checks the token: another site must not remove a user's photo.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "页面已过期，请刷新页面。");
            }

            return await pending.RemoveAsync(token, ct) ? Results.NoContent() : Results.NotFound();
        });
        return app;
    }
}

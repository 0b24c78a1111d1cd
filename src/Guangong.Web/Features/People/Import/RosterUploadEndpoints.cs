using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// The roster import's upload on pick, answering <c>wwwroot/js/form-send.js</c> as the shared <c>/uploads</c> does (which
/// lives in Activities, a slice above People): signed-in pages only (the cookie, with the form's anti-forgery token), one
/// file per request, counted against the per-user upload rate. A file that does not read as a roster is refused (400,
/// the reason as the problem's title, which the list shows in red); another user's token answers as an unknown one.
/// </summary>
public static class RosterUploadEndpoints
{
    public const string Url = "/volunteers/import/uploads";

    public static IEndpointRouteBuilder MapRosterUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup(Url).RequireAuthorization(Policies.CanManageRoster).ExcludeFromDescription();

        // Binding the file makes the anti-forgery middleware check the form's token first. The limit is the page's own:
        // a file over RosterImport.MaxFileBytes is answered with the reason, not refused unread.
        uploads.MapPost("/", async (IFormFile file, RosterImport import, CancellationToken ct) =>
        {
            var name = UploadName.Of(file.FileName, "名册.xlsx");
            await using var content = file.OpenReadStream();
            var (token, error) = await import.PickAsync(content, file.Length, name, ct);
            return token is not null
                ? Results.Ok(new RosterUploadDto(token, name))
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: PickedFile.Refusal(error!));
        }).WithMetadata(new RequestSizeLimitAttribute(64 * 1024 * 1024));

        uploads.MapPost("/{token}/delete", async (string token, HttpContext http, IAntiforgery antiforgery, RosterImport import) =>
        {
            // No form field is bound here, so nothing else checks the token: another site must not remove a user's file.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "页面已过期，请刷新页面。");
            }

            return import.Discard(token) ? Results.NoContent() : Results.NotFound();
        });
        return app;
    }
}

using System.Text.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Files;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Features.Safety.Photos;

public static class PhotoEndpoints
{
    /// <summary>
    /// A photo (or its thumbnail, ?thumb=1) of an inspection or a patrol, to those who record them, within
    /// scope; another unit's photo answers 404 as an unknown one. Photos may show minors: no viewer role.
    /// </summary>
    public static IEndpointRouteBuilder MapSafetyPhotoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cafes/photos/{id:long}", (long id, string? thumb, SafetyPhotos photos, CancellationToken ct) => FileAsync(PhotoOf.CafeInspection, id, thumb, photos, ct))
            .RequireAuthorization(Policies.CanInspectCafes).ExcludeFromDescription();
        app.MapGet("/water/photos/{id:long}", (long id, string? thumb, SafetyPhotos photos, CancellationToken ct) => FileAsync(PhotoOf.Patrol, id, thumb, photos, ct))
            .RequireAuthorization(Policies.CanPatrolWater).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> FileAsync(PhotoOf of, long id, string? thumb, SafetyPhotos photos, CancellationToken ct) =>
        await photos.OpenAsync(of, id, thumb is "1" or "true", ct) is { } found
            ? found.Thumbnail
                ? Results.File(found.Content, "image/jpeg")
                : Results.File(found.Content, found.Photo.ContentType, found.Photo.FileName, enableRangeProcessing: true)
            : Results.NotFound();

    /// <summary>Where a photo is downloaded from, by kind.</summary>
    public static string Url(PhotoOf of, long id, bool thumbnail = false) =>
        $"{(of == PhotoOf.Patrol ? "/water/photos/" : "/cafes/photos/")}{id}{(thumbnail ? "?thumb=1" : null)}";
}

/// <summary>A photo as the API lists it: its name and where to download it (and its thumbnail).</summary>
public sealed record PhotoDto(long Id, string FileName, string Url, string? ThumbnailUrl)
{
    public static PhotoDto From(PhotoOf of, PhotoRow p) => new(p.Id, p.FileName, PhotoEndpoints.Url(of, p.Id), p.HasThumbnail ? PhotoEndpoints.Url(of, p.Id, true) : null);
}

/// <summary>
/// Reads a phone client's record with its photos, as the activities API takes them: plain JSON, or
/// multipart with the JSON in one field (<c>inspection</c>, <c>checkIn</c>, <c>checkOut</c>) and the photos as files.
/// </summary>
internal static class PhotoApiInput
{
    public static async Task<(T? Input, IReadOnlyList<EvidenceFiles.Upload> Uploads, IResult? Error)> ReadAsync<T>(HttpRequest request, string field, CancellationToken ct)
        where T : class
    {
        // The app's own JSON settings (clean strings), as the endpoints that bind a body use.
        var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var text = form[field].ToString();
                var input = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text, json);
                return input is null
                    ? (null, [], Results.Problem(statusCode: 400, title: $"缺少 {field} 字段（记录的JSON）。"))
                    : (input, await SafetyPhotos.ReadAsync(form.Files, ct), null);
            }

            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, json, ct);
            return body is null ? (null, [], Results.Problem(statusCode: 400, title: "请求体是空的。")) : (body, [], null);
        }
        catch (JsonException)
        {
            return (null, [], Results.Problem(statusCode: 400, title: "JSON格式有误，请核对字段。"));
        }
    }
}

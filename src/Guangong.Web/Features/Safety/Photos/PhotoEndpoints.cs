using Guangong.Web.Features.Accounts;

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

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>A file uploaded from a form as it was picked: the token the form posts with the save.</summary>
public sealed record PendingUploadDto(string Token, string FileName, long SizeBytes, bool IsImage, string? ThumbnailUrl)
{
    public static PendingUploadDto From(PendingUpload p) =>
        new(p.Token, p.FileName, p.SizeBytes, p.IsImage, p.HasThumbnail ? PendingUploadEndpoints.ThumbnailUrl(p.Token) : null);
}

using Guangong.Web.Features.Publicity;

namespace Guangong.Web.Features.Essays;

/// <summary>A picture handed in with a piece: its name and bytes as they came (a form upload, a .docx part).</summary>
public sealed record IncomingImage(string Name, byte[] Bytes);

/// <summary>
/// The pictures of pieces, kept in the platform's picture store (scaled to at most 1600 px as JPEG;
/// over 40 MB refused with a message that names the picture). All of a piece's pictures are stored,
/// or none: the first refused one removes those already written.
/// </summary>
public sealed class SubmissionImageStore(ArticleImages images)
{
    public const int MaxPerPiece = ArticleImages.MaxPerArticle;

    /// <summary>The message for an uploaded picture over the limit, before its bytes are read.</summary>
    public static string TooBig(string name, long bytes) =>
        $"图片“{Path.GetFileName(name)}”有{bytes / 1024.0 / 1024.0:0.#} MB，超过每张{ArticleImages.MaxBytes / 1024 / 1024} MB的上限，请先用手机或电脑压缩后再上传。";

    public async Task<(List<SubmissionImage> Stored, string? Error)> StoreAsync(IReadOnlyList<IncomingImage> pictures, CancellationToken ct)
    {
        if (pictures.Count > MaxPerPiece)
        {
            return ([], $"每篇作品最多{MaxPerPiece}张图片，这篇有{pictures.Count}张。");
        }

        var stored = new List<SubmissionImage>();
        foreach (var picture in pictures)
        {
            if (picture.Bytes.LongLength > ArticleImages.MaxBytes)
            {
                Delete(stored);
                return ([], TooBig(picture.Name, picture.Bytes.LongLength));
            }

            var (kept, error) = await images.StoreAsync(picture.Name, picture.Bytes, ct);
            if (kept is null)
            {
                Delete(stored);
                return ([], error);
            }

            stored.Add(new SubmissionImage { Position = stored.Count, FileName = kept.FileName, StorageKey = kept.Key, Width = kept.Width, Height = kept.Height, SizeBytes = kept.SizeBytes });
        }

        return (stored, null);
    }

    /// <summary>Removes the files of pictures whose piece was not saved.</summary>
    public void Delete(IEnumerable<SubmissionImage> stored)
    {
        foreach (var image in stored)
        {
            images.Delete(image.StorageKey);
        }
    }

    public Stream? Open(string key) => images.Open(key);
}

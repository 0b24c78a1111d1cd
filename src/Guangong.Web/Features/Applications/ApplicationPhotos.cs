using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Applications;

/// <summary>A photo the town may put in the 申报表: an evidence photo of the assessment ("e12") or a photo of a linked activity ("a34").</summary>
public sealed record PhotoChoice(string Token, string FileName, string Url, bool HasThumbnail, string Source);

/// <summary>
/// The photos an application can show: the images uploaded as evidence for its assessment and those
/// of the activities its criteria link. The choice is kept on the application in order; the bytes
/// are read from the one evidence store when the 申报表 is written.
/// </summary>
public sealed class ApplicationPhotos(GuangongDbContext db, EvidenceFiles files)
{
    public const int MaxPhotos = 12;

    public async Task<IReadOnlyList<PhotoChoice>> CandidatesAsync(long assessmentId, CancellationToken ct = default)
    {
        var evidence = await db.AssessmentFiles.AsNoTracking().Where(f => f.AssessmentId == assessmentId && f.ContentType.StartsWith("image/"))
            .OrderBy(f => f.Id).Select(f => new { f.Id, f.FileName, f.HasThumbnail }).ToListAsync(ct);
        var activityIds = db.AssessmentScores.Where(s => s.AssessmentId == assessmentId && s.ActivityId != null).Select(s => s.ActivityId!.Value);
        var activity = await db.ActivityFiles.AsNoTracking().Where(f => activityIds.Contains(f.ActivityId) && f.ContentType.StartsWith("image/"))
            .OrderBy(f => f.Id).Select(f => new { f.Id, f.FileName, f.HasThumbnail, f.Activity!.Title }).Take(60).ToListAsync(ct);
        return
        [
            .. evidence.Select(f => new PhotoChoice($"e{f.Id}", f.FileName, $"/assessments/files/{f.Id}", f.HasThumbnail, "评估佐证")),
            .. activity.Select(f => new PhotoChoice($"a{f.Id}", f.FileName, $"/activities/files/{f.Id}", f.HasThumbnail, f.Title)),
        ];
    }

    /// <summary>The chosen tokens in the order given, or a Chinese reason: only the application's own candidates, at most <see cref="MaxPhotos"/>.</summary>
    public static (string? Value, string? Error) Choose(IEnumerable<string> posted, IReadOnlyList<PhotoChoice> candidates)
    {
        var chosen = posted.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        if (chosen.Any(t => candidates.All(c => c.Token != t)))
        {
            return (null, "只能选择本次评估的佐证照片或关联活动的照片。");
        }

        if (chosen.Count > MaxPhotos)
        {
            return (null, $"申报表最多附{MaxPhotos}张照片，这次选了{chosen.Count}张。");
        }

        return (chosen.Count == 0 ? null : string.Join(",", chosen), null);
    }

    /// <summary>
    /// A PNG or JPEG small enough to print: a WebP (which Word cannot show) or a photo over 1600 pixels
    /// is re-encoded as a JPEG of 1600 pixels at most; null for bytes that are no picture after all.
    /// </summary>
    internal static byte[]? ForDocument(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(16, bytes.Length));
        var type = Infrastructure.Files.FileSignature.ContentTypeOf(head, "photo");
        using var codec = SkiaSharp.SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
        {
            return null;
        }

        var longest = Math.Max(codec.Info.Width, codec.Info.Height);
        if (type is Infrastructure.Files.FileSignature.Png or Infrastructure.Files.FileSignature.Jpeg && longest <= 1600)
        {
            return bytes;
        }

        using var original = SkiaSharp.SKBitmap.Decode(bytes);
        if (original is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, 1600.0 / longest);
        using var resized = original.Resize(new SkiaSharp.SKImageInfo(Math.Max(1, (int)(original.Width * scale)), Math.Max(1, (int)(original.Height * scale))), new SkiaSharp.SKSamplingOptions(SkiaSharp.SKFilterMode.Linear));
        using var image = SkiaSharp.SKImage.FromBitmap(resized ?? original);
        using var encoded = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 85);
        return encoded.ToArray();
    }

    public static IReadOnlyList<string> Tokens(string? photos) => (photos ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The chosen photos' bytes with their names, in the chosen order; a file gone from the disk is left out.</summary>
    public async Task<IReadOnlyList<(string FileName, byte[] Bytes)>> BytesAsync(string? photos, IReadOnlyList<PhotoChoice> candidates, CancellationToken ct = default)
    {
        var result = new List<(string, byte[])>();
        foreach (var token in Tokens(photos))
        {
            if (candidates.FirstOrDefault(c => c.Token == token) is not { } choice || !long.TryParse(token[1..], out var id))
            {
                continue;
            }

            var key = token[0] == 'e'
                ? await db.AssessmentFiles.Where(f => f.Id == id).Select(f => f.StorageKey).SingleOrDefaultAsync(ct)
                : await db.ActivityFiles.Where(f => f.Id == id).Select(f => f.StorageKey).SingleOrDefaultAsync(ct);
            await using var stream = key is null ? null : files.Open(key, thumbnail: false);
            if (stream is not null)
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                if (ForDocument(buffer.ToArray()) is { } bytes)
                {
                    result.Add((choice.FileName, bytes));
                }
            }
        }

        return result;
    }
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Photos;

/// <summary>
/// The photos one form brings: files written from the post, and photos uploaded as they were picked
/// (<see cref="PendingUploads"/>), whose bytes are already in the store and become the record's as they are.
/// </summary>
public sealed class PhotoBatch
{
    internal List<EvidenceFiles.Stored> Written { get; } = [];

    internal List<PendingUpload> Claimed { get; } = [];

    public int Count => Written.Count + Claimed.Count;
}

/// <summary>What an inspection's or a patrol's form brings: checked, written or claimed, attached, or forgotten.</summary>
public sealed partial class SafetyPhotos
{
    /// <summary>The upload on pick of the patrol and inspection forms: photos only, for those who patrol or inspect.</summary>
    public static readonly UploadKind Kind = new("safety-photo", EvidenceFiles.MaxBytes, Identify, [Policies.CanInspectCafes, Policies.CanPatrolWater]);

    public static async Task<IReadOnlyList<EvidenceFiles.Upload>> ReadAsync(IEnumerable<IFormFile>? posted, CancellationToken ct = default)
    {
        var uploads = new List<EvidenceFiles.Upload>();
        foreach (var file in (posted ?? []).Where(f => f.Length > 0))
        {
            uploads.Add(await EvidenceFiles.ReadAsync(file, ct));
        }

        return uploads;
    }

    /// <summary>The evidence store's check, but photos only.</summary>
    public static (string? ContentType, string? Error) Identify(ReadOnlySpan<byte> head, long length, string fileName)
    {
        var (type, error) = EvidenceFiles.Identify(head, length, fileName);
        if (error is null && type is FileSignature.Jpeg or FileSignature.Png or FileSignature.Webp)
        {
            return (type, null);
        }

        return error is null || error.Contains("不是允许的文件类型", StringComparison.Ordinal)
            ? (null, $"“{fileName}”不是照片：只能上传 jpg、png、webp 图片。")
            : (null, error);
    }

    /// <summary>
    /// Refuses, by their bytes, uploads that are not photos, and more photos than a record keeps (<paramref name="picked"/>:
    /// those uploaded as they were picked); before anything is written.
    /// </summary>
    public static void Check(IReadOnlyList<EvidenceFiles.Upload> uploads, int existing, List<FieldError> errors, int picked = 0)
    {
        if (existing + uploads.Count + picked > MaxPerRecord)
        {
            errors.Add(new FieldError(Field, $"每条记录最多{MaxPerRecord}张照片，这次选了{uploads.Count + picked}张{(existing > 0 ? $"（已有{existing}张）" : null)}。"));
            return;
        }

        foreach (var upload in uploads)
        {
            var name = UploadName.Of(upload.FileName, "未命名照片");
            if (Identify(upload.Bytes.AsSpan(0, Math.Min(16, upload.Bytes.Length)), upload.Length, name).Error is { } error)
            {
                errors.Add(new FieldError(Field, error));
            }
        }
    }

    /// <summary>
    /// Checks a form's photos, then, when nothing on the form is wrong, writes the posted ones and claims the uploaded ones.
    /// The claimed rows go in the record's save (<see cref="Attach"/>); nothing is claimed when the form is refused.
    /// </summary>
    public async Task<PhotoBatch> TakeAsync(IReadOnlyList<EvidenceFiles.Upload> uploads, IReadOnlyList<string>? uploaded, int existing, List<FieldError> errors, CancellationToken ct)
    {
        var batch = new PhotoBatch();
        Check(uploads, existing, errors, (uploaded ?? []).Distinct().Count());
        if (errors.Count == 0)
        {
            batch.Claimed.AddRange(await pending.ClaimAsync(uploaded, Kind, Field, errors, ct));
        }

        if (errors.Count == 0)
        {
            batch.Written.AddRange(await StoreAsync(uploads, errors, ct));
        }

        return batch;
    }

    /// <summary>Writes checked photos; a photo that cannot be opened adds an error and nothing of the batch stays.</summary>
    private async Task<List<EvidenceFiles.Stored>> StoreAsync(IReadOnlyList<EvidenceFiles.Upload> uploads, List<FieldError> errors, CancellationToken ct)
    {
        if (uploads.Count == 0)
        {
            return [];
        }

        var (stored, refused) = await files.StoreAllAsync(uploads, ct);
        if (refused.Count > 0)
        {
            files.DeleteAll(stored);
            errors.AddRange(refused.Select(e => new FieldError(Field, e)));
            return [];
        }

        return stored;
    }

    /// <summary>Adds the rows of the batch's photos to the record's save, which also ends the claimed uploads.</summary>
    public void Attach(PhotoOf of, long recordId, long unitId, string unitPath, PhotoBatch batch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.SafetyPhotos.AddRange(batch.Written.Concat(batch.Claimed.Select(PendingUploads.AsStored)).Select(s => new SafetyPhoto
        {
            Of = of, RecordId = recordId, UnitId = unitId, UnitPath = unitPath, FileName = s.FileName, ContentType = s.ContentType,
            SizeBytes = s.SizeBytes, StorageKey = s.Key, HasThumbnail = s.HasThumbnail, CreatedUtc = now,
        }));
        pending.Release(batch.Claimed);
    }

    /// <summary>After a failed save: the files written for it go; the uploads it claimed stay their uploader's, bytes and all.</summary>
    public void Forget(PhotoBatch batch)
    {
        files.DeleteAll(batch.Written);
        foreach (var claimed in batch.Claimed.Where(c => db.Entry(c).State == EntityState.Deleted))
        {
            db.Entry(claimed).State = EntityState.Detached;
        }
    }
}

using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Photos;

public sealed record PhotoRow(long Id, long RecordId, string FileName, bool HasThumbnail);

/// <summary>
/// Photos of inspections and patrols, stored by the activities' file store (<see cref="EvidenceFiles"/>:
/// type by content, thumbnail, size and pixel limits), but photos only: a pdf or a program is refused.
/// The record's command adds the rows in its own save; files written for a save that fails are removed. What a
/// form brings (files posted with it, photos uploaded as they were picked) is taken in <c>SafetyPhotos.Intake.cs</c>.
/// </summary>
public sealed partial class SafetyPhotos(GuangongDbContext db, EvidenceFiles files, CurrentUser me, TimeProvider clock, RecentRemovals removals, PendingUploads pending)
{
    public const int MaxPerRecord = 12;

    public const string Field = "Photos";

    public const string Accept = "image/jpeg,image/png,image/webp";

    /// <summary>Marks a removed record's photos for removal in its save; the files go once the save is done (<see cref="DeleteFiles"/>).</summary>
    public async Task<List<string>> DetachAllAsync(PhotoOf of, long recordId, CancellationToken ct)
    {
        var photos = await db.SafetyPhotos.Where(p => p.Of == of && p.RecordId == recordId).ToListAsync(ct);
        db.SafetyPhotos.RemoveRange(photos);
        return photos.Select(p => p.StorageKey).ToList();
    }

    public void DeleteFiles(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            files.Delete(key);
        }
    }

    public async Task<IReadOnlyList<PhotoRow>> ListAsync(PhotoOf of, IReadOnlyCollection<long> recordIds, CancellationToken ct = default) =>
        await db.SafetyPhotos.AsNoTracking().Where(p => p.Of == of && recordIds.Contains(p.RecordId)).OrderBy(p => p.Id)
            .Select(p => new PhotoRow(p.Id, p.RecordId, p.FileName, p.HasThumbnail)).ToListAsync(ct);

    /// <summary>The record a photo may be added to or removed from: in scope, and a 五老's own record when the user is only a 五老.</summary>
    private async Task<(long UnitId, string UnitPath)?> RecordAsync(PhotoOf of, long recordId, CancellationToken ct)
    {
        var query = of == PhotoOf.Patrol
            ? db.Patrols.AsNoTracking().Where(p => p.Id == recordId).Select(p => new { p.UnitId, p.UnitPath, p.VolunteerId })
            : db.CafeInspections.AsNoTracking().Where(i => i.Id == recordId).Select(i => new { i.UnitId, i.UnitPath, i.VolunteerId });
        var found = await query.SingleOrDefaultAsync(ct);
        if (found is null || (me.IsVolunteerOnly && !await db.Volunteers.AnyAsync(v => v.Id == found.VolunteerId && v.UserId == me.UserId && me.UserId != 0, ct)))
        {
            return null;
        }

        return (found.UnitId, found.UnitPath);
    }

    /// <summary>Whether the user may add or remove photos of the record (a 五老 only of their own).</summary>
    public async Task<bool> CanChangeAsync(PhotoOf of, long recordId, CancellationToken ct = default) => await RecordAsync(of, recordId, ct) is not null;

    /// <summary>Adds photos to a saved inspection or patrol (taken after it was recorded): posted, or uploaded as they were picked.</summary>
    public async Task<CommandResult<int>> AddAsync(PhotoOf of, long recordId, IReadOnlyList<EvidenceFiles.Upload> uploads, IReadOnlyList<string>? uploaded = null, CancellationToken ct = default)
    {
        if (await RecordAsync(of, recordId, ct) is not { } record)
        {
            return CommandResult<int>.NotFound();
        }

        var errors = new List<FieldError>();
        if (uploads.Count == 0 && (uploaded ?? []).Count == 0)
        {
            errors.Add(new FieldError(Field, "请选择要添加的照片。"));
        }

        var stored = await TakeAsync(uploads, uploaded, await db.SafetyPhotos.CountAsync(p => p.Of == of && p.RecordId == recordId, ct), errors, ct);
        if (errors.Count > 0)
        {
            return CommandResult<int>.Invalid(errors);
        }

        try
        {
            Attach(of, recordId, record.UnitId, record.UnitPath, stored);
            var saved = await db.SaveNewAsync(stored.Count, Field, ct);
            if (!saved.Succeeded)
            {
                Forget(stored);
            }

            return saved;
        }
        catch
        {
            Forget(stored);
            throw;
        }
    }

    /// <summary>Removes one photo of a record the user may change; after the save its file is put aside for an undo.</summary>
    public async Task<CommandResult<SafetyPhoto>> RemoveAsync(PhotoOf of, long photoId, CancellationToken ct = default)
    {
        var photo = await db.SafetyPhotos.SingleOrDefaultAsync(p => p.Id == photoId && p.Of == of, ct);
        if (photo is null || await RecordAsync(of, photo.RecordId, ct) is null)
        {
            return CommandResult<SafetyPhoto>.NotFound();
        }

        db.SafetyPhotos.Remove(photo);
        var saved = await db.SaveOrConflictAsync(photo, photo.Id, ct);
        if (saved.Succeeded)
        {
            files.Trash(photo.StorageKey);
        }

        return saved;
    }

    /// <summary>The user's own recent removal of a photo of this record (<see cref="RecentRemovals"/>).</summary>
    public async Task<RemovedRecord?> RemovedAsync(PhotoOf of, long recordId, long auditEntryId, CancellationToken ct = default) =>
        await removals.FindAsync<SafetyPhoto>(auditEntryId, ct) is { } held
        && held.Enum<PhotoOf>(nameof(SafetyPhoto.Of)) == of && held.Long(nameof(SafetyPhoto.RecordId)) == recordId ? held : null;

    /// <summary>The audit entry the removal just wrote, so the page can offer to undo it.</summary>
    public async Task<long> RemovalEntryAsync(long photoId, CancellationToken ct = default) =>
        (await removals.EntriesOfAsync<SafetyPhoto>([photoId], ct)).FirstOrDefault();

    /// <summary>Puts back a photo the user removed within the undo window: its bytes first, then its row.</summary>
    public async Task<CommandResult<SafetyPhoto>> UndoRemovalAsync(PhotoOf of, long recordId, long auditEntryId, CancellationToken ct = default)
    {
        var held = await RemovedAsync(of, recordId, auditEntryId, ct);
        var record = held is null ? null : await RecordAsync(of, recordId, ct);
        if (held?.Text(nameof(SafetyPhoto.StorageKey)) is not { Length: > 2 } key || record is null
            || await db.SafetyPhotos.CountAsync(p => p.Of == of && p.RecordId == recordId, ct) >= MaxPerRecord || !files.Untrash(key))
        {
            return CommandResult<SafetyPhoto>.NotFound();
        }

        var photo = new SafetyPhoto
        {
            Of = of, RecordId = recordId, UnitId = record.Value.UnitId, UnitPath = record.Value.UnitPath, StorageKey = key,
            FileName = held.Text(nameof(SafetyPhoto.FileName)) ?? "照片", ContentType = held.Text(nameof(SafetyPhoto.ContentType)) ?? FileSignature.Jpeg,
            SizeBytes = held.Long(nameof(SafetyPhoto.SizeBytes)) ?? 0, HasThumbnail = held.Flag(nameof(SafetyPhoto.HasThumbnail)), CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SafetyPhotos.Add(photo);
        CommandResult<SafetyPhoto>? result = null;
        try
        {
            result = await removals.RestoreAsync(held, () => db.SaveNewAsync(photo, Field, ct));
            return result;
        }
        finally
        {
            if (result?.Succeeded != true)
            {
                files.Trash(key);
            }
        }
    }

    /// <summary>A photo in scope of the given kind (null when unknown, outside, or of the other kind) and its stream.</summary>
    public async Task<(SafetyPhoto Photo, Stream Content, bool Thumbnail)?> OpenAsync(PhotoOf of, long id, bool thumbnail, CancellationToken ct)
    {
        var photo = await db.FindInScopeAsync<SafetyPhoto>(id, ct);
        var small = thumbnail && photo?.HasThumbnail == true;
        return photo is { } p && p.Of == of && files.Open(p.StorageKey, small) is { } stream ? (p, stream, small) : null;
    }
}

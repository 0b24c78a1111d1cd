using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Photos and documents uploaded from the activity form as they are picked, so that 保存 on a poor
/// network sends only the form. An upload passes the same checks as a file posted with the form
/// (<see cref="EvidenceFiles"/>) and is its uploader's alone: another user's token is as unknown as a
/// made-up one. A save claims it once; what is not claimed within <see cref="Lifetime"/> is removed,
/// with its bytes, at a later upload.
/// </summary>
public sealed class PendingUploads(GuangongDbContext db, EvidenceFiles files, CurrentUser me, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Uploads one user may hold unsaved: two full activities' worth.</summary>
    public const int MaxPerUser = 2 * EvidenceFiles.MaxFilesPerActivity;

    public async Task<(PendingUpload? Upload, string? Error)> StoreAsync(IFormFile file, CancellationToken ct = default)
    {
        await RemoveExpiredAsync(ct);
        var cutoff = Cutoff();
        if (await db.PendingUploads.CountAsync(p => p.OwnerUserId == me.UserId && p.CreatedUtc >= cutoff, ct) >= MaxPerUser)
        {
            return (null, $"已上传但还没保存的照片和文件已有{MaxPerUser}个，请先保存活动记录。");
        }

        var (stored, errors) = await files.StoreAllAsync([await EvidenceFiles.ReadAsync(file, ct)], ct);
        if (stored.Count == 0)
        {
            return (null, errors.FirstOrDefault() ?? "文件无法保存。");
        }

        var s = stored[0];
        var upload = new PendingUpload
        {
            Token = OneTimeKey.New(),
            OwnerUserId = me.UserId,
            FileName = s.FileName,
            ContentType = s.ContentType,
            SizeBytes = s.SizeBytes,
            StorageKey = s.Key,
            HasThumbnail = s.HasThumbnail,
        };
        try
        {
            db.PendingUploads.Add(upload);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.DeleteAll(stored);
            throw;
        }

        return (upload, null);
    }

    /// <summary>The user's own unexpired uploads among <paramref name="tokens"/>, in upload order: what a refused form shows again.</summary>
    public async Task<List<PendingUpload>> DescribeAsync(IEnumerable<string>? tokens, CancellationToken ct = default)
    {
        var wanted = Valid(tokens);
        if (wanted.Count == 0)
        {
            return [];
        }

        var cutoff = Cutoff();
        return await db.PendingUploads.AsNoTracking()
            .Where(p => wanted.Contains(p.Token) && p.OwnerUserId == me.UserId && p.CreatedUtc >= cutoff)
            .OrderBy(p => p.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Adds the user's uploads named by <paramref name="tokens"/> to the activity's files. The caller removes the
    /// returned rows in the activity's transaction (<see cref="Release"/>), so a second claim of the same
    /// upload fails there. A token that is not the user's, was claimed already or expired is an error on the form.
    /// </summary>
    public async Task<List<PendingUpload>> ClaimAsync(Activity activity, IEnumerable<string>? tokens, List<FieldError> errors, CancellationToken ct = default)
    {
        var wanted = Valid(tokens);
        var rows = await DescribeAsync(wanted, ct);
        if (rows.Count < wanted.Count)
        {
            errors.Add(new FieldError("Files", $"有{wanted.Count - rows.Count}个已上传的照片或文件已超过{Lifetime.TotalHours:0}小时未保存而被清除，或已保存过，请重新选择。"));
        }

        activity.Files.AddRange(rows.Select(p => new ActivityFile
        {
            FileName = p.FileName, ContentType = p.ContentType, SizeBytes = p.SizeBytes, StorageKey = p.StorageKey,
            HasThumbnail = p.HasThumbnail, UnitId = activity.UnitId, UnitPath = activity.UnitPath,
        }));
        return rows;
    }

    /// <summary>Marks claimed uploads for removal in the current save; their bytes now belong to the activity's files.</summary>
    public void Release(IEnumerable<PendingUpload> claimed) => db.PendingUploads.RemoveRange(claimed);

    /// <summary>The user takes a picked file off the form before saving.</summary>
    public async Task<bool> RemoveAsync(string token, CancellationToken ct = default)
    {
        var upload = (await DescribeAsync([token], ct)).SingleOrDefault();
        if (upload is null)
        {
            return false;
        }

        db.PendingUploads.Remove(upload);
        await db.SaveChangesAsync(ct);
        files.Delete(upload.StorageKey);
        return true;
    }

    /// <summary>The thumbnail of the user's own uploaded photo, or null.</summary>
    public async Task<Stream?> OpenThumbnailAsync(string token, CancellationToken ct = default) =>
        (await DescribeAsync([token], ct)).SingleOrDefault() is { HasThumbnail: true } upload ? files.Open(upload.StorageKey, thumbnail: true) : null;

    /// <summary>
    /// Removes uploads nobody saved in time, anyone's, a batch at a time. A row claimed meanwhile is
    /// no longer there to delete: that batch is left for the next upload, its bytes untouched.
    /// </summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken ct = default)
    {
        var cutoff = Cutoff();
        var expired = await db.PendingUploads.Where(p => p.CreatedUtc < cutoff).OrderBy(p => p.Id).Take(100).ToListAsync(ct);
        if (expired.Count == 0)
        {
            return 0;
        }

        try
        {
            db.PendingUploads.RemoveRange(expired);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }

        foreach (var upload in expired)
        {
            files.Delete(upload.StorageKey);
        }

        return expired.Count;
    }

    private DateTime Cutoff() => clock.GetUtcNow().UtcDateTime - Lifetime;

    private static List<string> Valid(IEnumerable<string>? tokens) =>
        [.. (tokens ?? []).Where(OneTimeKey.IsWellFormed).Distinct()];
}

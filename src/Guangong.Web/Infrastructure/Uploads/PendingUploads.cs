using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>
/// Photos and documents uploaded from a form as they are picked (activities, patrols and inspections, progress
/// reports, notices and replies, articles, 征文 entries, the document readers, the roster import), so that 保存 on a
/// poor network sends only the form: the one upload on pick of every slice, here below them all. An upload passes the same
/// check as a file posted with its form (its <see cref="UploadKind"/>), again when the save claims it, and is its
/// uploader's alone: another user's token is as unknown as a made-up one. The bytes wait in the evidence store
/// (<see cref="EvidenceFiles"/>, thumbnails included). A save claims an upload once; what is not claimed within
/// <see cref="Lifetime"/> is removed, with its bytes, at a later upload.
/// </summary>
public sealed class PendingUploads(GuangongDbContext db, EvidenceFiles files, CurrentUser me, TimeProvider clock, IEnumerable<UploadKind> kinds)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Uploads one user may hold unsaved: two full activities' worth.</summary>
    public const int MaxPerUser = 2 * EvidenceFiles.MaxFilesPerActivity;

    /// <summary>The largest file any kind takes (an essay contest's .zip of many pieces), and so the upload endpoint's body limit.</summary>
    public const long MaxBytes = 60L * 1024 * 1024;

    /// <summary>The kind named by a form (none: activity evidence, as the first form posted it), or null for an unknown name.</summary>
    public UploadKind? Kind(string? name) =>
        kinds.FirstOrDefault(k => k.Name == (string.IsNullOrEmpty(name) ? UploadKind.Evidence : name));

    /// <summary>Whether the user works on some form that takes this kind of file.</summary>
    public bool MayUpload(UploadKind kind) => kind.Policies.Any(me.Can);

    public async Task<(PendingUpload? Upload, string? Error)> StoreAsync(IFormFile file, UploadKind kind, CancellationToken ct = default)
    {
        await RemoveExpiredAsync(ct);
        var cutoff = Cutoff();
        if (await db.PendingUploads.CountAsync(p => p.OwnerUserId == me.UserId && p.CreatedUtc >= cutoff, ct) >= MaxPerUser)
        {
            return (null, $"已上传但还没保存的照片和文件已有{MaxPerUser}个，请先保存正在填写的表单。");
        }

        // Over the kind's limit: refused by size, without reading it.
        var name = UploadName.Of(file.FileName, "未命名文件");
        var bytes = file.Length > kind.MaxBytes ? [] : await ReadAsync(file, ct);
        var (type, error) = kind.Check(bytes.AsSpan(0, Math.Min(16, bytes.Length)), file.Length > kind.MaxBytes ? file.Length : bytes.Length, name);
        if ((error ??= kind.Read?.Invoke(bytes, name)) is not null)
        {
            return (null, error);
        }

        if (kind.Shrink is not null)
        {
            var (smaller, refused) = kind.Shrink(bytes, name);
            if (smaller is null)
            {
                return (null, refused ?? "图片无法打开。");
            }

            (bytes, type) = (smaller, FileSignature.Jpeg);
        }

        name = UploadName.Matching(name, type!);
        var (stored, unreadable) = await files.SaveAsync(bytes, type!, name, ct);
        if (stored is null)
        {
            return (null, unreadable ?? "文件无法保存。");
        }

        var upload = new PendingUpload
        {
            Token = OneTimeKey.New(),
            OwnerUserId = me.UserId,
            FileName = stored.FileName,
            ContentType = stored.ContentType,
            SizeBytes = stored.SizeBytes,
            StorageKey = stored.Key,
            HasThumbnail = stored.HasThumbnail,
        };
        try
        {
            db.PendingUploads.Add(upload);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.Delete(stored.Key);
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
    /// The user's uploads named by <paramref name="tokens"/>, checked again as <paramref name="kind"/> (a file uploaded
    /// for another form must pass this one's check). The caller records them and removes the rows in its save
    /// (<see cref="Release"/>), so a second claim fails there. A token that is not the user's, was claimed already or
    /// expired, or a file this form does not take, is an error on <paramref name="field"/>.
    /// </summary>
    public async Task<List<PendingUpload>> ClaimAsync(IEnumerable<string>? tokens, UploadKind kind, string field, List<FieldError> errors, CancellationToken ct = default)
    {
        var wanted = Valid(tokens);
        var rows = await DescribeAsync(wanted, ct);
        if (rows.Count < wanted.Count)
        {
            errors.Add(new FieldError(field, $"有{wanted.Count - rows.Count}个已上传的照片或文件已超过{Lifetime.TotalHours:0}小时未保存而被清除，或已保存过，请重新选择。"));
        }

        var taken = new List<PendingUpload>();
        foreach (var row in rows)
        {
            var head = new byte[16];
            using (var stream = files.Open(row.StorageKey, thumbnail: false))
            {
                head = head[..(stream is null ? 0 : await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct))];
            }

            var error = head.Length == 0 ? $"“{row.FileName}”已被清除，请重新选择。" : kind.Check(head, row.SizeBytes, row.FileName).Error;
            if (error is null)
            {
                taken.Add(row);
            }
            else
            {
                errors.Add(new FieldError(field, error));
            }
        }

        return await WithoutRepeatsAsync(taken, ct);
    }

    /// <summary>
    /// The same file picked twice (again after a refused save, when the list already held it) is saved once: the later
    /// copy is left unclaimed, to go with the day's other unsaved uploads.
    /// </summary>
    private async Task<List<PendingUpload>> WithoutRepeatsAsync(List<PendingUpload> taken, CancellationToken ct)
    {
        var seen = new HashSet<string>();
        var kept = new List<PendingUpload>();
        foreach (var row in taken)
        {
            var twins = taken.Count(t => t.SizeBytes == row.SizeBytes && t.FileName == row.FileName);
            if (twins == 1 || seen.Add(await HashAsync(row, ct)))
            {
                kept.Add(row);
            }
        }

        return kept;
    }

    private async Task<string> HashAsync(PendingUpload row, CancellationToken ct)
    {
        await using var stream = files.Open(row.StorageKey, thumbnail: false);
        return stream is null ? row.Token : Convert.ToHexString(await System.Security.Cryptography.SHA256.HashDataAsync(stream, ct));
    }

    /// <summary>A claimed upload as the evidence store's file, for a record that keeps its bytes where they are.</summary>
    public static EvidenceFiles.Stored AsStored(PendingUpload p) => new(p.FileName, p.ContentType, p.SizeBytes, p.StorageKey, p.HasThumbnail);

    /// <summary>The bytes of a claimed upload, for a record kept in another store (a notice's attachment).</summary>
    public async Task<byte[]> ReadBytesAsync(PendingUpload p, CancellationToken ct = default)
    {
        await using var stream = files.Open(p.StorageKey, thumbnail: false) ?? throw new FileNotFoundException("已上传的文件不见了", p.FileName);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>After the save that copied claimed uploads into another store has committed: the waiting bytes go.</summary>
    public void DeleteBytes(IEnumerable<PendingUpload> claimed)
    {
        foreach (var p in claimed)
        {
            files.Delete(p.StorageKey);
        }
    }

    /// <summary>Marks claimed uploads for removal in the current save; their bytes now belong to the record's files.</summary>
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

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return stream.ToArray();
    }

    private DateTime Cutoff() => clock.GetUtcNow().UtcDateTime - Lifetime;

    private static List<string> Valid(IEnumerable<string>? tokens) =>
        [.. (tokens ?? []).Where(OneTimeKey.IsWellFormed).Distinct()];
}

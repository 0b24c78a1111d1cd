using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Commands on activities: record (or draft) one with its photos and the hours its volunteers
/// served, edit it, and correct hours by reversing lines. One transaction each; files written
/// before a failed save are removed again.
/// </summary>
public sealed class ActivityRecords(GuangongDbContext db, ActivityInputRules rules, EvidenceFiles files, PendingUploads pending, HourLedger ledger, CurrentUser me)
{
    public async Task<CommandResult<Activity>> CreateAsync(ActivityInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var activity = new Activity { CreatedByUserId = me.UserId };
        var errors = await rules.ApplyAsync(activity, input, ct);
        var served = await ledger.CheckServedAsync(activity, input, null, errors, ct);
        var claimed = errors.Count == 0 ? await ClaimFilesAsync(activity, input.Uploaded, errors, ct) : [];
        var stored = errors.Count == 0 ? await StoreFilesAsync(activity, uploads, claimed.Count, errors, ct) : [];
        if (errors.Count > 0)
        {
            Forget(stored);
            return CommandResult<Activity>.Invalid(errors);
        }

        // The transaction begins inside the try: on SQLite its BEGIN IMMEDIATE is what meets a locked
        // database, and the files written above must go then too.
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);

            // Counted before the first save, so the audit's 新增 says it and no 修改 of the count follows.
            activity.VolunteerCount = served.Count;
            db.Activities.Add(activity);
            pending.Release(claimed);
            await db.SaveChangesAsync(ct);
            await ledger.AddLinesAsync(activity, served, [], input.OnBehalfReason, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return CommandResult<Activity>.Ok(activity);
        }
        catch (WriteRefusedException refused)
        {
            Forget(stored);
            db.ChangeTracker.Clear();
            return CommandResult<Activity>.Invalid(nameof(ActivityInput.Date), refused.Message);
        }
        catch
        {
            Forget(stored);
            throw;
        }
    }

    public async Task<CommandResult<Activity>> UpdateAsync(long id, ActivityInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var activity = await db.Activities.Include(a => a.Files).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return CommandResult<Activity>.NotFound();
        }

        if (activity.Version != input.Version)
        {
            return CommandResult<Activity>.Conflict(activity);
        }

        var unitBefore = activity.UnitId;
        var dateBefore = activity.Date;
        var errors = await rules.ApplyAsync(activity, input, ct);
        var standing = await ledger.CurrentHoursAsync(id, ct);
        var current = standing;
        var served = await ledger.CheckServedAsync(activity, input, current, errors, ct);
        var existing = activity.Files.Count;
        var claimed = errors.Count == 0 ? await ClaimFilesAsync(activity, input.Uploaded, errors, ct) : [];
        var stored = errors.Count == 0 ? await StoreFilesAsync(activity, uploads, existing + claimed.Count, errors, ct) : [];
        if (errors.Count > 0 || (current.Count > 0 && (activity.UnitId != unitBefore || activity.Date != dateBefore)))
        {
            if (errors.Count == 0)
            {
                // Hours are kept at the activity's unit and date; moving them would split a volunteer's totals.
                errors.Add(activity.UnitId != unitBefore
                    ? new FieldError(nameof(ActivityInput.UnitId), "已登记服务时长的活动不能改到其他单位。")
                    : new FieldError(nameof(ActivityInput.Date), "已登记服务时长的活动不能改日期；请先把各人的时长改为0保存，再改日期。"));
            }

            Forget(stored);
            db.ChangeTracker.Clear();
            return CommandResult<Activity>.Invalid(errors);
        }

        foreach (var file in activity.Files)
        {
            file.UnitId = activity.UnitId;
            file.UnitPath = activity.UnitPath;
        }

        // Every save of the form moves the version, even when only hours or files changed, so two
        // people editing the same activity cannot silently overwrite each other's hours.
        db.Entry(activity).Property(a => a.Version).IsModified = true;
        if (input.Shown is { } shown)
        {
            current = current.Where(c => shown.Contains(c.Key)).ToDictionary();
            served = served.Where(s => shown.Contains(s.Key)).ToDictionary();
        }

        // The transaction begins inside the try: on SQLite its BEGIN IMMEDIATE is what meets a locked
        // database, and the files written above must go then too.
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            pending.Release(claimed);
            await ledger.AddLinesAsync(activity, served, current, input.OnBehalfReason, ct);
            activity.VolunteerCount = standing.Keys.Except(current.Keys).Count() + served.Count;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return CommandResult<Activity>.Ok(activity);
        }
        catch (DbUpdateConcurrencyException)
        {
            Forget(stored);
            db.ChangeTracker.Clear();
            return CommandResult<Activity>.Conflict(await db.Activities.AsNoTracking().SingleAsync(a => a.Id == id, ct));
        }
        catch (WriteRefusedException refused)
        {
            Forget(stored);
            db.ChangeTracker.Clear();
            return CommandResult<Activity>.Invalid(nameof(ActivityInput.Date), refused.Message);
        }
        catch
        {
            Forget(stored);
            throw;
        }
    }

    /// <summary>
    /// Adds the user's uploads named by <paramref name="tokens"/> to the activity's files, their bytes where they are. The
    /// caller removes the returned rows in the activity's transaction (<see cref="PendingUploads.Release"/>), so a second
    /// claim of the same upload fails there.
    /// </summary>
    private async Task<List<PendingUpload>> ClaimFilesAsync(Activity activity, IEnumerable<string>? tokens, List<FieldError> errors, CancellationToken ct)
    {
        var rows = await pending.ClaimAsync(tokens, pending.Kind(UploadKind.Evidence)!, "Files", errors, ct);
        activity.Files.AddRange(rows.Select(p => new ActivityFile
        {
            FileName = p.FileName, ContentType = p.ContentType, SizeBytes = p.SizeBytes, StorageKey = p.StorageKey,
            HasThumbnail = p.HasThumbnail, UnitId = activity.UnitId, UnitPath = activity.UnitPath,
        }));
        return rows;
    }

    private async Task<List<EvidenceFiles.Stored>> StoreFilesAsync(Activity activity, IReadOnlyList<EvidenceFiles.Upload> uploads, int existing, List<FieldError> errors, CancellationToken ct)
    {
        if (existing + uploads.Count > EvidenceFiles.MaxFilesPerActivity)
        {
            errors.Add(new FieldError("Files", $"每个活动最多{EvidenceFiles.MaxFilesPerActivity}个附件。"));
            return [];
        }

        var (stored, refused) = await files.StoreAllAsync(uploads, ct);
        errors.AddRange(refused.Select(e => new FieldError("Files", e)));
        activity.Files.AddRange(stored.Select(f => new ActivityFile { FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, HasThumbnail = f.HasThumbnail, UnitId = activity.UnitId, UnitPath = activity.UnitPath }));
        return stored;
    }

    private void Forget(IEnumerable<EvidenceFiles.Stored> stored) => files.DeleteAll(stored);
}

using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// Photos and files uploaded as evidence for one criterion of a self-assessment, while it is a draft.
/// The bytes go to the evidence store (one store, one set of checks: type by content,
/// 50MB, thumbnails), posted with the form or uploaded as they were picked (<see cref="PendingUploads"/>,
/// claimed in the save); a refused batch leaves no file and no row behind. A removed file can be put back by
/// its remover for a while (<see cref="RecentRemovals"/>): its bytes wait in the store's trash.
/// </summary>
public sealed class AssessmentEvidence(GuangongDbContext db, EvidenceFiles files, PendingUploads pending, RecentRemovals removals, TimeProvider clock)
{
    public const string Locked = "评估已提交审核，佐证材料不能再增删。";

    public async Task<CommandResult<Assessment>> UploadAsync(long assessmentId, string? criterionText, IReadOnlyList<EvidenceFiles.Upload> uploads, IReadOnlyList<string>? uploaded = null, CancellationToken ct = default)
    {
        var a = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == assessmentId, ct);
        if (a is null)
        {
            return CommandResult<Assessment>.NotFound();
        }

        if (a.Status != AssessmentStatus.Draft)
        {
            return CommandResult<Assessment>.Invalid("Files", Locked);
        }

        var criterionId = long.TryParse(criterionText, out var cid) ? cid : 0;
        if (!await db.AssessmentScores.AnyAsync(s => s.AssessmentId == a.Id && s.CriterionId == criterionId, ct))
        {
            return CommandResult<Assessment>.Invalid("Criterion", "请选择这份佐证对应的评分要点。");
        }

        var picked = (uploaded ?? []).Distinct().Count();
        if (uploads.Count + picked == 0)
        {
            return CommandResult<Assessment>.Invalid("Files", "请选择要上传的照片或文件。");
        }

        var existing = await db.AssessmentFiles.CountAsync(f => f.AssessmentId == a.Id && f.CriterionId == criterionId, ct);
        if (existing + uploads.Count + picked > EvidenceFiles.MaxFilesPerActivity)
        {
            return CommandResult<Assessment>.Invalid("Files", $"每个评分要点最多{EvidenceFiles.MaxFilesPerActivity}个佐证文件，已有{existing}个。");
        }

        var errors = new List<FieldError>();
        var claimed = await pending.ClaimAsync(uploaded, pending.Kind(UploadKind.Evidence)!, "Files", errors, ct);
        if (errors.Count > 0)
        {
            return CommandResult<Assessment>.Invalid(errors);
        }

        var (stored, refused) = await files.StoreAllAsync(uploads, ct);
        if (refused.Count > 0)
        {
            files.DeleteAll(stored);
            return CommandResult<Assessment>.Invalid(refused.Select(e => new FieldError("Files", e)).ToList());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.AssessmentFiles.AddRange(stored.Concat(claimed.Select(PendingUploads.AsStored)).Select(f => new AssessmentFile
        {
            AssessmentId = a.Id, CriterionId = criterionId, UnitId = a.UnitId, UnitPath = a.UnitPath,
            FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, HasThumbnail = f.HasThumbnail,
            UploadedBy = db.ActorDisplayName, CreatedUtc = now,
        }));
        pending.Release(claimed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.DeleteAll(stored);
            throw;
        }

        return CommandResult<Assessment>.Ok(a);
    }

    /// <summary>Takes a file off a draft's evidence; once that is saved its bytes are put aside for an undo (<see cref="UndoRemovalAsync"/>).</summary>
    public async Task<CommandResult<Assessment>> RemoveAsync(long assessmentId, long fileId, CancellationToken ct = default)
    {
        var a = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == assessmentId, ct);
        var file = a is null ? null : await db.AssessmentFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.AssessmentId == a.Id, ct);
        if (a is null || file is null)
        {
            return CommandResult<Assessment>.NotFound();
        }

        if (a.Status != AssessmentStatus.Draft)
        {
            return CommandResult<Assessment>.Invalid("Files", Locked);
        }

        db.AssessmentFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        files.Trash(file.StorageKey);
        return CommandResult<Assessment>.Ok(a);
    }

    /// <summary>The audit entry the removal of this file just wrote, so the page can offer to undo it.</summary>
    public async Task<long> RemovalEntryAsync(long fileId, CancellationToken ct = default) =>
        (await removals.EntriesOfAsync<AssessmentFile>([fileId], ct)).FirstOrDefault();

    /// <summary>The user's own recent removal of a file of this assessment (<see cref="RecentRemovals"/>), or null.</summary>
    public async Task<RemovedRecord?> RemovedAsync(long assessmentId, long auditEntryId, CancellationToken ct = default) =>
        await removals.FindAsync<AssessmentFile>(auditEntryId, ct) is { } held && held.Long(nameof(AssessmentFile.AssessmentId)) == assessmentId ? held : null;

    /// <summary>
    /// Puts back a file the user removed within the undo window, while the assessment is still a draft in scope:
    /// its bytes first, then its row (as it was, through the same save as an upload); else not found.
    /// </summary>
    public async Task<CommandResult<Assessment>> UndoRemovalAsync(long assessmentId, long auditEntryId, CancellationToken ct = default)
    {
        var held = await RemovedAsync(assessmentId, auditEntryId, ct);
        var a = held is null ? null : await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == assessmentId, ct);
        var criterionId = held?.Long(nameof(AssessmentFile.CriterionId)) ?? 0;
        if (a is null || held?.Text(nameof(AssessmentFile.StorageKey)) is not { Length: > 2 } key)
        {
            return CommandResult<Assessment>.NotFound();
        }

        if (a.Status != AssessmentStatus.Draft)
        {
            return CommandResult<Assessment>.Invalid("Files", Locked);
        }

        if (!await db.AssessmentScores.AnyAsync(s => s.AssessmentId == a.Id && s.CriterionId == criterionId, ct)
            || await db.AssessmentFiles.CountAsync(f => f.AssessmentId == a.Id && f.CriterionId == criterionId, ct) >= EvidenceFiles.MaxFilesPerActivity
            || !files.Untrash(key))
        {
            return CommandResult<Assessment>.NotFound();
        }

        db.AssessmentFiles.Add(new AssessmentFile
        {
            AssessmentId = a.Id, CriterionId = criterionId, UnitId = a.UnitId, UnitPath = a.UnitPath, StorageKey = key,
            FileName = held.Text(nameof(AssessmentFile.FileName)) ?? "佐证文件", ContentType = held.Text(nameof(AssessmentFile.ContentType)) ?? FileSignature.Jpeg,
            SizeBytes = held.Long(nameof(AssessmentFile.SizeBytes)) ?? 0, HasThumbnail = held.Flag(nameof(AssessmentFile.HasThumbnail)),
            UploadedBy = held.Text(nameof(AssessmentFile.UploadedBy)) ?? db.ActorDisplayName, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        CommandResult<Assessment>? result = null;
        try
        {
            result = await removals.RestoreAsync(held, () => db.SaveNewAsync(a, "Files", ct));
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
}

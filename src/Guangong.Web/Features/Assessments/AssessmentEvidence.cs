using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// Photos and files uploaded as evidence for one criterion of a self-assessment, while it is a draft.
/// The bytes go to the activity evidence store (one store, one set of checks: type by content,
/// 20MB, thumbnails); a refused batch leaves no file and no row behind.
/// </summary>
public sealed class AssessmentEvidence(GuangongDbContext db, EvidenceFiles files, TimeProvider clock)
{
    public const string Locked = "评估已提交审核，佐证材料不能再增删。";

    public async Task<CommandResult<Assessment>> UploadAsync(long assessmentId, string? criterionText, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
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

        if (uploads.Count == 0)
        {
            return CommandResult<Assessment>.Invalid("Files", "请选择要上传的照片或文件。");
        }

        var existing = await db.AssessmentFiles.CountAsync(f => f.AssessmentId == a.Id && f.CriterionId == criterionId, ct);
        if (existing + uploads.Count > EvidenceFiles.MaxFilesPerActivity)
        {
            return CommandResult<Assessment>.Invalid("Files", $"每个评分要点最多{EvidenceFiles.MaxFilesPerActivity}个佐证文件，已有{existing}个。");
        }

        var (stored, refused) = await files.StoreAllAsync(uploads, ct);
        if (refused.Count > 0)
        {
            files.DeleteAll(stored);
            return CommandResult<Assessment>.Invalid(refused.Select(e => new FieldError("Files", e)).ToList());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.AssessmentFiles.AddRange(stored.Select(f => new AssessmentFile
        {
            AssessmentId = a.Id, CriterionId = criterionId, UnitId = a.UnitId, UnitPath = a.UnitPath,
            FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, HasThumbnail = f.HasThumbnail,
            UploadedBy = db.ActorName, CreatedUtc = now,
        }));
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

    /// <summary>Takes a file off a draft's evidence; the bytes go too (nothing else points at them).</summary>
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
        files.Delete(file.StorageKey);
        return CommandResult<Assessment>.Ok(a);
    }
}

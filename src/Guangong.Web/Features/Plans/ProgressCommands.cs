using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// An owner unit reports progress on its assignment, with evidence files: posted with the report, or uploaded as they
/// were picked (<see cref="PendingUploads"/>, claimed in the report's save).
/// </summary>
public sealed class ProgressCommands(GuangongDbContext db, EvidenceFiles files, PendingUploads pending, CurrentUser me, TimeProvider clock)
{
    public async Task<CommandResult<TaskProgress>> AddProgressAsync(long assignmentId, string? dateText, string? text, string? percentText, IReadOnlyList<EvidenceFiles.Upload> uploads, IReadOnlyList<string>? uploaded = null, CancellationToken ct = default)
    {
        var assignment = await db.TaskAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null)
        {
            return CommandResult<TaskProgress>.NotFound();
        }

        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var date = ProgressRules.ReadDate(dateText, today, "Date", errors);
        var trimmed = ProgressRules.ReadText(text, "Text", errors);
        var percent = ProgressRules.ReadPercent(percentText, "Percent", errors);

        var progress = new TaskProgress
        {
            AssignmentId = assignment.Id,
            TaskId = assignment.TaskId,
            UnitId = assignment.UnitId,
            UnitPath = assignment.UnitPath,
            Date = date ?? today,
            Text = trimmed,
            Percent = percent,
            AuthorName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
        };
        List<EvidenceFiles.Stored> stored = [];
        var claimed = errors.Count == 0 ? await pending.ClaimAsync(uploaded, pending.Kind(UploadKind.Evidence)!, "Files", errors, ct) : [];
        if (errors.Count == 0 && uploads.Count + claimed.Count > EvidenceFiles.MaxFilesPerActivity)
        {
            errors.Add(new FieldError("Files", $"一次最多上传{EvidenceFiles.MaxFilesPerActivity}个文件。"));
        }

        if (errors.Count == 0)
        {
            (stored, var refused) = await files.StoreAllAsync(uploads, ct);
            errors.AddRange(refused.Select(e => new FieldError("Files", e)));
            progress.Files.AddRange(stored.Concat(claimed.Select(PendingUploads.AsStored)).Select(f => new ProgressFile { FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, UnitId = assignment.UnitId, UnitPath = assignment.UnitPath }));
        }

        if (errors.Count > 0)
        {
            files.DeleteAll(stored);
            db.ChangeTracker.Clear();
            return CommandResult<TaskProgress>.Invalid(errors);
        }

        db.TaskProgress.Add(progress);
        pending.Release(claimed);
        ProgressRules.Apply(assignment, progress);

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<TaskProgress>.Ok(progress);
        }
        catch (DbUpdateConcurrencyException)
        {
            files.DeleteAll(stored);
            db.ChangeTracker.Clear();
            return CommandResult<TaskProgress>.Invalid(string.Empty, "同时有人报告了这项任务的进展，请刷新页面后重新提交。");
        }
        catch
        {
            files.DeleteAll(stored);
            throw;
        }
    }
}

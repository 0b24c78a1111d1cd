using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>An owner unit reports progress on its assignment, with evidence files.</summary>
public sealed class ProgressCommands(GuangongDbContext db, EvidenceFiles files, CurrentUser me, TimeProvider clock)
{
    public async Task<CommandResult<TaskProgress>> AddProgressAsync(long assignmentId, string? dateText, string? text, string? percentText, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
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
        if (errors.Count == 0)
        {
            (stored, var refused) = await files.StoreAllAsync(uploads, ct);
            errors.AddRange(refused.Select(e => new FieldError("Files", e)));
            progress.Files.AddRange(stored.Select(f => new ProgressFile { FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, UnitId = assignment.UnitId, UnitPath = assignment.UnitPath }));
        }

        if (errors.Count > 0)
        {
            files.DeleteAll(stored);
            db.ChangeTracker.Clear();
            return CommandResult<TaskProgress>.Invalid(errors);
        }

        db.TaskProgress.Add(progress);
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

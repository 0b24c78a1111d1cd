using System.Globalization;
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
        var date = DateField.Read(dateText, DateKind.Event, today, "Date", errors, "请填写日期，格式如 2023-06-30。");
        if (date > today)
        {
            errors.Add(new FieldError("Date", "日期不能晚于今天。"));
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000)
        {
            errors.Add(new FieldError("Text", string.IsNullOrWhiteSpace(text) ? "请写明做了什么。" : "进展说明不能超过2000个字。"));
        }

        if (!int.TryParse(percentText?.Trim().TrimEnd('%', '％'), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent > 100)
        {
            errors.Add(new FieldError("Percent", "完成比例须为0到100之间的整数。"));
        }

        var progress = new TaskProgress
        {
            AssignmentId = assignment.Id,
            TaskId = assignment.TaskId,
            UnitId = assignment.UnitId,
            UnitPath = assignment.UnitPath,
            Date = date ?? today,
            Text = text?.Trim() ?? string.Empty,
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
        assignment.HasProgress = true;

        // A report dated before the latest one is kept as history but does not roll the figures back.
        if (progress.Date >= (assignment.LastProgressOn ?? DateOnly.MinValue))
        {
            assignment.Percent = percent;
            assignment.LastProgressOn = progress.Date;
        }

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

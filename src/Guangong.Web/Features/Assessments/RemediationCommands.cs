using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>Gaps turned into remediation actions (整改措施) with an owner and a due date, and marked done.</summary>
public sealed class RemediationCommands(GuangongDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<RemediationAction>> AddAsync(long assessmentId, RemediationInput input, CancellationToken ct = default)
    {
        var a = await db.Assessments.AsNoTracking().Include(x => x.Scores).SingleOrDefaultAsync(x => x.Id == assessmentId, ct);
        if (a is null)
        {
            return CommandResult<RemediationAction>.NotFound();
        }

        var errors = new List<FieldError>();
        var gap = long.TryParse(input.CriterionId, NumberStyles.None, CultureInfo.InvariantCulture, out var criterionId)
            ? a.Scores.SingleOrDefault(s => s.CriterionId == criterionId)
            : null;
        if (gap is null || (gap.ReviewScore ?? gap.SelfScore ?? 0) >= gap.MaxPoints)
        {
            errors.Add(new FieldError(nameof(input.CriterionId), "请选择一项未得满分的评分要点。"));
        }

        var text = input.Text?.Trim() ?? string.Empty;
        if (text.Length is 0 or > 200)
        {
            errors.Add(new FieldError(nameof(input.Text), text.Length == 0 ? "请填写整改措施。" : "整改措施不能超过200个字。"));
        }

        var owner = input.Owner?.Trim() ?? string.Empty;
        if (owner.Length is 0 or > 40)
        {
            errors.Add(new FieldError(nameof(input.Owner), owner.Length == 0 ? "请填写责任人。" : "责任人不能超过40个字。"));
        }

        var due = DateField.Read(input.DueDate, DateKind.Deadline, ChinaTime.Today(clock), nameof(input.DueDate), errors, "请填写完成期限。");
        if (errors.Count > 0)
        {
            return CommandResult<RemediationAction>.Invalid(errors);
        }

        var action = new RemediationAction { AssessmentId = a.Id, CriterionId = criterionId, UnitId = a.UnitId, Text = text, Owner = owner, DueDate = due!.Value };
        db.RemediationActions.Add(action);
        await db.SaveChangesAsync(ct);
        return CommandResult<RemediationAction>.Ok(action);
    }

    /// <summary>Marks an action done today (or undone).</summary>
    public async Task<CommandResult<RemediationAction>> SetDoneAsync(long id, bool done, long version, CancellationToken ct = default)
    {
        var action = await db.RemediationActions.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (action is null)
        {
            return CommandResult<RemediationAction>.NotFound();
        }

        if (action.Version != version)
        {
            return CommandResult<RemediationAction>.Conflict(action);
        }

        action.DoneDate = done ? ChinaTime.Today(clock) : null;
        return await db.SaveOrConflictAsync(action, action.Id, ct);
    }
}

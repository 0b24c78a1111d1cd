using System.Globalization;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>A judge's score sheet: only a judge named for the piece's group, never for a piece of the judge's own unit, never after the judging deadline.</summary>
public sealed class JudgingCommands(GuangongDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string OwnUnitMessage = "这是您所在单位（作者学校）的作品，按回避规定不能评分。";

    public async Task<CommandResult<SubmissionScore>> ScoreAsync(long contestId, long submissionId, ScoreSheetInput input, CancellationToken ct = default)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.AssignedJudge);
        var piece = await db.Submissions.AsNoTracking().Where(s => s.Id == submissionId && s.ContestId == contestId).Select(s => new { s.Id, s.Group, s.UnitId }).SingleOrDefaultAsync(ct);
        var judge = piece is null ? null : await db.ContestJudges.AsNoTracking().FirstOrDefaultAsync(j => j.ContestId == contestId && j.UserId == me.UserId && j.Group == piece.Group, ct);
        if (piece is null || judge is null)
        {
            return CommandResult<SubmissionScore>.NotFound();
        }

        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == contestId, ct);
        if ((me.HomeUnitId ?? judge.JudgeUnitId) == piece.UnitId)
        {
            return CommandResult<SubmissionScore>.Invalid(string.Empty, OwnUnitMessage);
        }

        if (ChinaTime.Today(clock) > contest.JudgingDeadline)
        {
            return CommandResult<SubmissionScore>.Invalid(string.Empty, $"评审已于{ChinaTime.Date(contest.JudgingDeadline)}截止，不能再评分或修改评分。");
        }

        var criteria = contest.CriterionList;
        var errors = new List<FieldError>();
        var points = new List<decimal>();
        for (var i = 0; i < criteria.Count; i++)
        {
            var text = i < input.Points.Count ? input.Points[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text) || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) || p < 0 || p > criteria[i].MaxPoints || decimal.Round(p, 1) != p)
            {
                errors.Add(new($"Points[{i}]", $"“{criteria[i].Name}”请填写0–{criteria[i].MaxPoints}分（可有一位小数）。"));
                continue;
            }

            points.Add(p);
        }

        var comment = input.Comment?.Trim();
        if (comment is { Length: > 500 })
        {
            errors.Add(new(nameof(input.Comment), "评语不能超过500个字。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<SubmissionScore>.Invalid(errors);
        }

        var score = await db.SubmissionScores.SingleOrDefaultAsync(s => s.SubmissionId == piece.Id && s.JudgeUserId == me.UserId, ct);
        if (score is null)
        {
            score = new SubmissionScore { ContestId = contestId, SubmissionId = piece.Id, JudgeUserId = me.UserId, UnitId = contest.UnitId, UnitPath = contest.UnitPath };
            db.SubmissionScores.Add(score);
        }

        score.Points = string.Join(',', points.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        score.Total = points.Sum();
        score.Comment = string.IsNullOrEmpty(comment) ? null : comment;
        score.ScoredUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<SubmissionScore>.Invalid(string.Empty, "这份评分刚在另一个窗口保存过，请刷新后再改。");
        }

        return CommandResult<SubmissionScore>.Ok(score);
    }
}

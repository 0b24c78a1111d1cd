using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>The organiser's awards: the rule (counts or thresholds), the date to print, and each piece's final score, rank and award.</summary>
public sealed class AwardCommands(GuangongDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Fixes the awards by the organiser's rule: each piece gets its final score, its rank in its
    /// group and its award (or none). Done after the judging deadline, with the date to print.
    /// </summary>
    public async Task<CommandResult<Contest>> SetAwardsAsync(long contestId, AwardsInput input, CancellationToken ct = default)
    {
        var contest = await db.Contests.SingleOrDefaultAsync(c => c.Id == contestId, ct);
        if (contest is null)
        {
            return CommandResult<Contest>.NotFound();
        }

        if (contest.Version != input.Version)
        {
            return CommandResult<Contest>.Conflict(contest);
        }

        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var mode = EnumText.Parse<AwardMode>(input.Mode);
        if (mode is null)
        {
            errors.Add(new(nameof(input.Mode), "请选择按名额还是按分数线评奖。"));
        }

        var first = ContestFields.Decimal(input.First, null, nameof(input.First), errors);
        var second = ContestFields.Decimal(input.Second, null, nameof(input.Second), errors);
        var third = ContestFields.Decimal(input.Third, null, nameof(input.Third), errors);
        var merit = ContestFields.Decimal(input.Merit, null, nameof(input.Merit), errors);
        if (mode == AwardMode.Counts && new[] { first, second, third, merit }.Any(v => v is { } x && (x != decimal.Truncate(x) || x > 500)))
        {
            errors.Add(new(nameof(input.First), "名额应为0–500的整数。"));
        }

        if (mode == AwardMode.Thresholds && first is { } f && second is { } s && third is { } t && merit is { } m && !(f >= s && s >= t && t >= m))
        {
            errors.Add(new(nameof(input.First), "分数线应从一等奖到优秀奖依次降低。"));
        }

        var on = DateField.Read(input.AwardsOn, DateKind.Event, today, nameof(input.AwardsOn), errors, "请填写证书落款日期。");
        if (on is { } date && date <= contest.JudgingDeadline)
        {
            // The certificates say the awards were given on this day: not before the judging that decided them had ended.
            errors.Add(new(nameof(input.AwardsOn), $"落款日期应在评审截止（{ChinaTime.Date(contest.JudgingDeadline)}）之后。"));
        }

        if (today <= contest.JudgingDeadline)
        {
            errors.Add(new(string.Empty, $"评审截止（{ChinaTime.Date(contest.JudgingDeadline)}）之后才能确定获奖名单。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Contest>.Invalid(errors);
        }

        contest.AwardMode = mode!.Value;
        contest.FirstValue = first!.Value;
        contest.SecondValue = second!.Value;
        contest.ThirdValue = third!.Value;
        contest.MeritValue = merit!.Value;
        contest.AwardsOn = on;
        var pieces = await db.Submissions.Where(x => x.ContestId == contestId).ToListAsync(ct);
        var sheets = await db.SubmissionScores.AsNoTracking().Where(x => x.ContestId == contestId).ToListAsync(ct);
        foreach (var r in ContestResults.Compute(contest, pieces, sheets))
        {
            var piece = pieces.Single(p => p.Id == r.SubmissionId);
            piece.FinalScore = r.Average;
            piece.Rank = r.Rank;
            piece.Award = r.Award;
        }

        return await db.SaveOrConflictAsync(contest, contest.Id, ct);
    }

}

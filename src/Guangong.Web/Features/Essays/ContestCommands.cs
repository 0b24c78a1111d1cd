using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>Creating and editing contests, naming judges, and fixing the awards.</summary>
public sealed class ContestCommands(GuangongDbContext db, ContestDirectory contests, CurrentUser me, TimeProvider clock)
{
    public const string DefaultCriteria = "思想内容:40\n语言表达:30\n结构层次:20\n书写规范:10";

    public async Task<CommandResult<Contest>> SaveAsync(long? id, ContestInput input, CancellationToken ct = default)
    {
        var contest = id is { } existing ? await db.Contests.SingleOrDefaultAsync(c => c.Id == existing, ct) : new Contest();
        if (contest is null)
        {
            return CommandResult<Contest>.NotFound();
        }

        if (id is not null && contest.Version != input.Version)
        {
            return CommandResult<Contest>.Conflict(contest);
        }

        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var title = ContestFields.Text(input.Title, 100, nameof(input.Title), "请填写征文活动名称。", errors);
        var theme = ContestFields.Text(input.Theme, 1000, nameof(input.Theme), "请填写征文主题和要求。", errors);
        var organiser = input.Organiser?.Trim() ?? string.Empty;
        if (organiser.Length > 100)
        {
            errors.Add(new(nameof(input.Organiser), "主办单位不能超过100个字。"));
        }

        var level = EnumText.Parse<ContestLevel>(input.Level);
        if (level is null)
        {
            errors.Add(new(nameof(input.Level), "请选择活动级别。"));
        }

        var groups = (input.Groups ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EnumText.Parse<EssayGroup>).ToList();
        if (groups.Count == 0 || groups.Any(g => g is null))
        {
            errors.Add(new(nameof(input.Groups), "请至少勾选一个组别。"));
        }

        var starts = DateField.Read(input.StartsOn, DateKind.Event, today, nameof(input.StartsOn), errors, "请填写征文开始日期。");
        var deadline = DateField.Read(input.SubmissionDeadline, DateKind.Deadline, today, nameof(input.SubmissionDeadline), errors, "请填写截稿日期。");
        var judging = DateField.Read(input.JudgingDeadline, DateKind.Deadline, today, nameof(input.JudgingDeadline), errors, "请填写评审截止日期。");
        if (starts is { } s && deadline is { } d && d < s)
        {
            errors.Add(new(nameof(input.SubmissionDeadline), "截稿日期不能早于开始日期。"));
        }

        if (deadline is { } d2 && judging is { } j && j < d2)
        {
            errors.Add(new(nameof(input.JudgingDeadline), "评审截止日期不能早于截稿日期。"));
        }

        var min = ContestFields.Number(input.MinLength, nameof(input.MinLength), 1, 20000, "字数下限", errors);
        var max = ContestFields.Number(input.MaxLength, nameof(input.MaxLength), 1, 30000, "字数上限", errors);
        if (min is { } mn && max is { } mx && mx < mn)
        {
            errors.Add(new(nameof(input.MaxLength), "字数上限不能小于下限。"));
        }

        var criteriaText = string.IsNullOrWhiteSpace(input.Criteria) ? DefaultCriteria : input.Criteria.Trim();
        var criteria = ContestCriterion.Parse(criteriaText);
        var lines = criteriaText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        if (criteria.Count == 0 || criteria.Count != lines || criteria.Any(c => c.Name.Length is 0 or > 20 || c.MaxPoints is < 1 or > 100) || criteria.Count > 10)
        {
            errors.Add(new(nameof(input.Criteria), "评分标准每行一项，写成“思想内容:40”（项目名不超过20字，分值1–100，最多10项）。"));
        }

        var spread = ContestFields.Decimal(input.DisagreementPoints, 15m, nameof(input.DisagreementPoints), errors);
        var unitId = id is null ? me.ScopeUnitId ?? 0 : contest.UnitId;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            errors.Add(new(string.Empty, "请先在右上角选择一个单位。"));
        }

        if (unit is not null && level is { } chosen)
        {
            var another = Contest.NamesAnotherBody(organiser, unit.Name, organiser.Length > 0 ? await contests.SignerAsync(unit.Id, ct) : null);
            if (Contest.LevelDisagrees(chosen, unit.Level, another) is { } disagreement)
            {
                errors.Add(new(disagreement.Field, disagreement.Message));
            }
        }

        var participants = new List<long>();
        foreach (var part in (input.ParticipatingUnitIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                errors.Add(new(nameof(input.ParticipatingUnitIds), "参赛单位选择有误。"));
                break;
            }

            participants.Add(pid);
        }

        if (unit is not null && participants.Count > 0)
        {
            var below = await db.Units.AsNoTracking().Where(u => participants.Contains(u.Id) && u.Path.StartsWith(unit.Path) && u.Id != unit.Id).CountAsync(ct);
            if (below != participants.Distinct().Count())
            {
                errors.Add(new(nameof(input.ParticipatingUnitIds), "参赛单位须是本单位下属的单位。"));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Contest>.Invalid(errors);
        }

        contest.Title = title;
        contest.Theme = theme;
        contest.Organiser = organiser.Length == 0 ? unit!.Name : organiser;
        contest.Level = level!.Value;
        contest.Groups = string.Join(',', groups.Select(g => g!.Value.ToString()).Distinct());
        contest.StartsOn = starts!.Value;
        contest.SubmissionDeadline = deadline!.Value;
        contest.JudgingDeadline = judging!.Value;
        contest.MinLength = min;
        contest.MaxLength = max;
        contest.Criteria = ContestCriterion.Text(criteria);
        contest.ParticipatingUnitIds = string.Join(',', participants.Distinct());
        contest.DropExtremes = input.DropExtremes;
        contest.DisagreementPoints = spread!.Value;
        contest.UnitId = unit!.Id;
        contest.UnitPath = unit.Path;
        if (id is null)
        {
            contest.CreatedUtc = clock.GetUtcNow().UtcDateTime;
            db.Contests.Add(contest);
        }

        return await db.SaveOrConflictAsync(contest, contest.Id, ct);
    }

    /// <summary>Names a user as judge of a group. The user must be one the organiser can see (in its scope).</summary>
    public async Task<CommandResult<ContestJudge>> AddJudgeAsync(long contestId, string? userId, string? group, CancellationToken ct = default)
    {
        var contest = await db.Contests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contestId, ct);
        if (contest is null)
        {
            return CommandResult<ContestJudge>.NotFound();
        }

        var errors = new List<FieldError>();
        var g = EnumText.Parse<EssayGroup>(group);
        if (g is null || !contest.GroupList.Contains(g.Value))
        {
            errors.Add(new("Group", "请选择本次征文的一个组别。"));
        }

        var uid = long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : 0;
        var user = await db.Users.AsNoTracking().Where(x => x.Id == uid && !x.IsDisabled).Select(x => new { x.Id, x.DisplayName, x.HomeUnitId }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            errors.Add(new("UserId", "请选择评委。"));
        }
        else if (g is not null && await db.ContestJudges.AnyAsync(j => j.ContestId == contestId && j.Group == g && j.UserId == uid, ct))
        {
            errors.Add(new("UserId", $"{user.DisplayName}已是该组评委。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<ContestJudge>.Invalid(errors);
        }

        var judge = new ContestJudge { ContestId = contestId, UserId = user!.Id, JudgeName = user.DisplayName, JudgeUnitId = user.HomeUnitId, Group = g!.Value, UnitId = contest.UnitId, UnitPath = contest.UnitPath };
        db.ContestJudges.Add(judge);
        await db.SaveChangesAsync(ct);
        return CommandResult<ContestJudge>.Ok(judge);
    }

    public async Task<CommandResult<ContestJudge>> RemoveJudgeAsync(long contestId, long judgeId, CancellationToken ct = default)
    {
        var judge = await db.ContestJudges.SingleOrDefaultAsync(j => j.Id == judgeId && j.ContestId == contestId, ct);
        if (judge is null)
        {
            return CommandResult<ContestJudge>.NotFound();
        }

        if (await db.SubmissionScores.AnyAsync(s => s.ContestId == contestId && s.JudgeUserId == judge.UserId, ct))
        {
            return CommandResult<ContestJudge>.Invalid(string.Empty, "该评委已经评分，不能移除。");
        }

        db.ContestJudges.Remove(judge);
        await db.SaveChangesAsync(ct);
        return CommandResult<ContestJudge>.Ok(judge);
    }
}

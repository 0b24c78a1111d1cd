using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>Leadership rules a unit sets for itself and the committees below it: add one, switch one off.</summary>
public sealed class RuleCommands(GuangongDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<LeadershipRule>> AddRuleAsync(long unitId, RuleInput input, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        var errors = new List<FieldError>();
        if (unit is null)
        {
            errors.Add(new FieldError(string.Empty, "请先在页面顶部切换到要制定规则的单位。"));
        }

        var kind = EnumText.Parse<RuleKind>(input.Kind);
        if (kind is null)
        {
            errors.Add(new FieldError(nameof(input.Kind), "请选择规则。"));
        }

        var due = DateField.Read(input.DueDate, DateKind.Deadline, ChinaTime.Today(clock), nameof(input.DueDate), errors, "请填写整改期限，格式如 2023-12-31。");

        if (input.Basis is { Length: > 200 })
        {
            errors.Add(new FieldError(nameof(input.Basis), "依据不能超过200个字。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<LeadershipRule>.Invalid(errors);
        }

        var rule = new LeadershipRule { UnitId = unit!.Id, UnitPath = unit.Path, Kind = kind!.Value, DueDate = due!.Value, Basis = string.IsNullOrWhiteSpace(input.Basis) ? null : input.Basis.Trim() };
        db.LeadershipRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return CommandResult<LeadershipRule>.Ok(rule);
    }

    public async Task<CommandResult<LeadershipRule>> SetRuleActiveAsync(long id, long version, bool active, CancellationToken ct = default)
    {
        var rule = await db.LeadershipRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return CommandResult<LeadershipRule>.NotFound();
        }

        if (rule.Version != version)
        {
            return CommandResult<LeadershipRule>.Conflict(rule);
        }

        rule.IsActive = active;
        return await db.SaveOrConflictAsync(rule, id, ct);
    }
}

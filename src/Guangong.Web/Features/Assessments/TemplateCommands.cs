using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// Creates and changes standards. Only the unit that set a standard (or one above it) finds it
/// here, through the scope filter. A version some assessment already uses is never changed: the
/// change is saved as the next version, and the old one stays as it was scored.
/// </summary>
public sealed class TemplateCommands(GuangongDbContext db, TimeProvider clock)
{
    public const string UsedVersionNote = "该版本已有评估使用，修改已另存为新版本，原有评估结果不变。";

    public async Task<CommandResult<AssessmentTemplate>> CreateAsync(long unitId, TemplateInput input, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct))
        {
            return CommandResult<AssessmentTemplate>.NotFound();
        }

        var errors = new List<FieldError>();
        var program = EnumText.Parse<ProgramKind>(input.Program);
        if (program is null)
        {
            errors.Add(new FieldError(nameof(input.Program), "请选择适用的项目。"));
        }

        var template = new AssessmentTemplate { UnitId = unitId, Program = program ?? ProgramKind.Station, Family = Guid.NewGuid().ToString("N") };
        var criteria = Read(input, template, errors);
        if (errors.Count > 0)
        {
            return CommandResult<AssessmentTemplate>.Invalid(errors);
        }

        template.Criteria = criteria;
        db.AssessmentTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return CommandResult<AssessmentTemplate>.Ok(template);
    }

    /// <summary>Saves a change: in place while no assessment uses the version, else as the next version.</summary>
    public async Task<CommandResult<AssessmentTemplate>> UpdateAsync(long id, TemplateInput input, CancellationToken ct = default)
    {
        var current = await db.AssessmentTemplates.Include(t => t.Criteria).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (current is null)
        {
            return CommandResult<AssessmentTemplate>.NotFound();
        }

        if (!current.IsCurrent)
        {
            return CommandResult<AssessmentTemplate>.Invalid(string.Empty, "这是旧版本，已被新版本取代，不能再修改；请修改最新版本。");
        }

        if (current.Version != input.Version)
        {
            return CommandResult<AssessmentTemplate>.Conflict(current);
        }

        var errors = new List<FieldError>();
        var used = await db.Assessments.AnyAsync(a => a.TemplateId == id, ct);
        var target = used
            ? new AssessmentTemplate { UnitId = current.UnitId, Program = current.Program, Family = current.Family, VersionNumber = current.VersionNumber + 1 }
            : current;
        var criteria = Read(input, target, errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<AssessmentTemplate>.Invalid(errors);
        }

        if (used)
        {
            current.IsCurrent = false;
            target.Criteria = criteria;
            db.AssessmentTemplates.Add(target);
        }
        else
        {
            db.TemplateCriteria.RemoveRange(current.Criteria);
            current.Criteria = criteria;

            // The row itself changes too, so its version moves and a stale second save is a conflict.
            db.Entry(current).Property(t => t.Version).IsModified = true;
        }

        return await db.SaveOrConflictAsync(target, current.Id, ct) is { Status: CommandStatus.Conflict } conflict
            ? conflict
            : CommandResult<AssessmentTemplate>.Ok(target);
    }

    /// <summary>Reads the header into the template and returns the criteria; adds field messages.</summary>
    private List<TemplateCriterion> Read(TemplateInput input, AssessmentTemplate template, List<FieldError> errors)
    {
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 100)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写标准名称。" : "标准名称不能超过100个字。"));
        }

        var thisYear = ChinaTime.Today(clock).Year;
        if (!int.TryParse(input.FromYear, NumberStyles.None, CultureInfo.InvariantCulture, out var fromYear) || fromYear < 2000 || fromYear > thisYear + 1)
        {
            errors.Add(new FieldError(nameof(input.FromYear), $"起用年度应为2000至{thisYear + 1}之间的年份。"));
        }

        var levels = LevelThresholds.Parse(input.Thresholds);
        if (levels is null)
        {
            errors.Add(new FieldError(nameof(input.Thresholds), "等级分数线应写成“合格=60；区优=80；市优=90”。"));
        }

        var criteria = new List<TemplateCriterion>();
        for (var i = 0; i < input.Criteria.Count; i++)
        {
            var line = input.Criteria[i];
            var text = line.Text?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                continue;
            }

            var field = $"{nameof(input.Criteria)}[{i}]";
            var group = line.GroupName?.Trim() ?? string.Empty;
            if (group.Length is 0 or > 40)
            {
                errors.Add(new FieldError($"{field}.GroupName", group.Length == 0 ? "请填写所属指标。" : "指标名称不能超过40个字。"));
            }

            if (text.Length > 200)
            {
                errors.Add(new FieldError($"{field}.Text", "评分要点不能超过200个字。"));
            }

            if (!int.TryParse(line.MaxPoints, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max is < 1 or > 100)
            {
                errors.Add(new FieldError($"{field}.MaxPoints", "分值应为1至100的整数。"));
            }

            var scoring = EnumText.Parse<ScoringKind>(line.Scoring);
            if (scoring is null)
            {
                errors.Add(new FieldError($"{field}.Scoring", "请选择计分方式。"));
            }

            if (line.Guidance is { Length: > 500 })
            {
                errors.Add(new FieldError($"{field}.Guidance", "评分说明不能超过500个字。"));
            }

            criteria.Add(new TemplateCriterion
            {
                UnitId = template.UnitId,
                GroupName = group,
                SortOrder = (criteria.Count + 1) * 10,
                Text = text,
                MaxPoints = max,
                Scoring = scoring ?? ScoringKind.Points,
                EvidenceRequired = line.EvidenceRequired,
                Guidance = string.IsNullOrWhiteSpace(line.Guidance) ? null : line.Guidance.Trim(),
            });
        }

        if (criteria.Count == 0)
        {
            errors.Add(new FieldError(nameof(input.Criteria), "至少要有一条评分要点。"));
        }
        else if (levels is not null && levels.Max(l => l.Min) > criteria.Sum(c => c.MaxPoints))
        {
            errors.Add(new FieldError(nameof(input.Thresholds), $"最高等级的分数线不能高于总分{criteria.Sum(c => c.MaxPoints)}分。"));
        }

        template.Name = name;
        template.FromYear = fromYear;
        template.Thresholds = levels is null ? string.Empty : LevelThresholds.Format(levels);
        return criteria;
    }
}

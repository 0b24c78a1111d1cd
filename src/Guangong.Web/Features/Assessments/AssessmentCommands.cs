using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// An assessment's life: started for a subject and year against the template that binds its unit,
/// self-scored with evidence by the owning unit, submitted, then reviewed by a unit above.
/// </summary>
public sealed class AssessmentCommands(GuangongDbContext db, TemplateCatalog templates, TimeProvider clock)
{
    public const string OwnUnitReview = "不能审核本单位的评估，须由上级单位审核。";

    public const string OwnSubmissionReview = "这份自评是您提交的，审核须由上级单位的另一位干事办理。";

    /// <summary>Starts this year's assessment of a subject, or finds the one already started.</summary>
    public async Task<CommandResult<Assessment>> StartAsync(ProgramKind program, long subjectId, string subjectName, long unitId, int year, CancellationToken ct = default)
    {
        var existing = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Program == program && a.SubjectId == subjectId && a.Year == year, ct);
        if (existing is not null)
        {
            return CommandResult<Assessment>.Ok(existing);
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return CommandResult<Assessment>.NotFound();
        }

        var template = await templates.BindingAsync(program, unit.Path, year, ct);
        if (template is null)
        {
            return CommandResult<Assessment>.Invalid(string.Empty, $"本单位及上级单位尚未制定{year}年适用的评估标准。");
        }

        var assessment = new Assessment
        {
            UnitId = unitId,
            TemplateId = template.Id,
            Program = program,
            SubjectId = subjectId,
            SubjectName = subjectName,
            Year = year,
            Scores = template.Criteria.Select(c => new AssessmentScore { CriterionId = c.Id, MaxPoints = c.MaxPoints, UnitId = unitId }).ToList(),
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return CommandResult<Assessment>.Ok(assessment);
    }

    /// <summary>The owning unit's scores and evidence; only while the assessment is a draft.</summary>
    public async Task<CommandResult<Assessment>> SelfScoreAsync(long id, ScoreInput input, CancellationToken ct = default)
    {
        var (a, template, refused) = await LoadAsync(id, input.Version, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (a!.Status != AssessmentStatus.Draft)
        {
            return CommandResult<Assessment>.Invalid(string.Empty, "评估已提交审核，不能再修改自评。");
        }

        var errors = new List<FieldError>();
        foreach (var (line, i) in input.Lines.Select((l, i) => (l, i)))
        {
            var score = a.Scores.SingleOrDefault(s => s.CriterionId == line.CriterionId);
            var criterion = template!.Criteria.SingleOrDefault(c => c.Id == line.CriterionId);
            if (score is null || criterion is null)
            {
                errors.Add(new FieldError($"Lines[{i}].Score", "该评分要点不属于这次评估。"));
                continue;
            }

            score.SelfScore = Scoring.Read(line.Score, criterion, $"Lines[{i}].Score", errors);
            score.Evidence = Note(line.Note, $"Lines[{i}].Note", errors);
            score.ActivityId = null;
            if (!string.IsNullOrWhiteSpace(line.ActivityId))
            {
                if (long.TryParse(line.ActivityId, NumberStyles.None, CultureInfo.InvariantCulture, out var activityId)
                    && await db.Activities.AnyAsync(x => x.Id == activityId && x.UnitPath.StartsWith(a.UnitPath), ct))
                {
                    score.ActivityId = activityId;
                }
                else
                {
                    errors.Add(new FieldError($"Lines[{i}].ActivityId", "请从列表中选择本单位的活动。"));
                }
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Assessment>.Invalid(errors);
        }

        a.SelfTotal = a.Scores.Sum(s => s.SelfScore ?? 0);
        a.Level = Scoring.LevelOf(a.SelfTotal, LevelThresholds.Parse(template!.Thresholds) ?? []);
        db.Entry(a).Property(x => x.Version).IsModified = true;
        return await db.SaveOrConflictAsync(a, a.Id, ct);
    }

    /// <summary>Sends the self-assessment up: every criterion scored, required evidence present.</summary>
    public async Task<CommandResult<Assessment>> SubmitAsync(long id, long version, CancellationToken ct = default)
    {
        var (a, template, refused) = await LoadAsync(id, version, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (a!.Status != AssessmentStatus.Draft)
        {
            return CommandResult<Assessment>.Invalid(string.Empty, "评估已提交，不能重复提交。");
        }

        var errors = new List<FieldError>();
        var withFiles = (await db.AssessmentFiles.Where(f => f.AssessmentId == a.Id).Select(f => f.CriterionId).Distinct().ToListAsync(ct)).ToHashSet();
        foreach (var (c, i) in template!.Criteria.Select((c, i) => (c, i)))
        {
            var s = a.Scores.Single(x => x.CriterionId == c.Id);
            if (s.SelfScore is null)
            {
                errors.Add(new FieldError($"Lines[{i}].Score", $"“{c.Text}”尚未自评打分。"));
            }

            if (c.EvidenceRequired && string.IsNullOrWhiteSpace(s.Evidence) && s.ActivityId is null && !withFiles.Contains(c.Id))
            {
                errors.Add(new FieldError($"Lines[{i}].Note", $"“{c.Text}”须提供佐证材料（上传照片或文件、填写说明或关联活动）。"));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Assessment>.Invalid(errors);
        }

        a.Status = AssessmentStatus.Submitted;
        a.SubmittedUtc = clock.GetUtcNow().UtcDateTime;
        a.SubmittedBy = db.ActorDisplayName;
        a.SubmittedByUserId = db.ActorUserId;
        return await db.SaveOrConflictAsync(a, a.Id, ct);
    }

    /// <summary>The review by a unit above the owner: a score and comment per criterion, then the total and level.</summary>
    public async Task<CommandResult<Assessment>> ReviewAsync(long id, ScoreInput input, CancellationToken ct = default)
    {
        var (a, template, refused) = await LoadAsync(id, input.Version, ct);
        if (refused is not null)
        {
            return refused;
        }

        if (!IsAbove(db.Scope.Path, a!.UnitPath))
        {
            return CommandResult<Assessment>.Invalid(string.Empty, OwnUnitReview);
        }

        if (SubmittedBy(a, db.ActorUserId))
        {
            return CommandResult<Assessment>.Invalid(string.Empty, OwnSubmissionReview);
        }

        if (a.Status != AssessmentStatus.Submitted)
        {
            return CommandResult<Assessment>.Invalid(string.Empty, a.Status == AssessmentStatus.Draft ? "评估尚未提交，不能审核。" : "评估已审核完毕。");
        }

        var errors = new List<FieldError>();
        foreach (var (c, i) in template!.Criteria.Select((c, i) => (c, i)))
        {
            var line = input.Lines.FirstOrDefault(l => l.CriterionId == c.Id);
            var s = a.Scores.Single(x => x.CriterionId == c.Id);
            s.ReviewScore = Scoring.Read(line?.Score, c, $"Lines[{i}].Score", errors);
            if (s.ReviewScore is null && !errors.Any(e => e.Field == $"Lines[{i}].Score"))
            {
                errors.Add(new FieldError($"Lines[{i}].Score", "请填写审核得分。"));
            }

            s.ReviewComment = Note(line?.Note, $"Lines[{i}].Note", errors);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Assessment>.Invalid(errors);
        }

        a.ReviewTotal = a.Scores.Sum(s => s.ReviewScore ?? 0);
        a.Level = Scoring.LevelOf(a.ReviewTotal.Value, LevelThresholds.Parse(template.Thresholds) ?? []);
        a.Status = AssessmentStatus.Reviewed;
        a.ReviewerUnitId = db.Scope.UnitId;
        a.ReviewedBy = db.ActorDisplayName;
        a.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
        return await db.SaveOrConflictAsync(a, a.Id, ct);
    }

    /// <summary>Whether the user submitted the self-assessment (a district officer who filled in a village's): a review is a second pair of eyes.</summary>
    public static bool SubmittedBy(Assessment a, long? userId) => userId is not null && a.SubmittedByUserId == userId;

    /// <summary>Whether the scope's unit lies strictly above the owner's: a unit never reviews itself.</summary>
    public static bool IsAbove(string? scopePath, string ownerPath) =>
        scopePath is not null && ownerPath.Length > scopePath.Length && ownerPath.StartsWith(scopePath, StringComparison.Ordinal);

    private async Task<(Assessment?, AssessmentTemplate?, CommandResult<Assessment>?)> LoadAsync(long id, long version, CancellationToken ct)
    {
        var a = await db.Assessments.Include(x => x.Scores).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return (null, null, CommandResult<Assessment>.NotFound());
        }

        if (a.Version != version)
        {
            return (a, null, CommandResult<Assessment>.Conflict(a));
        }

        var template = await templates.FindAsync(a.TemplateId, ct);
        return template is null ? (a, null, CommandResult<Assessment>.NotFound()) : (a, template, null);
    }

    private static string? Note(string? text, string field, List<FieldError> errors)
    {
        var t = text?.Trim();
        if (t is { Length: > 500 })
        {
            errors.Add(new FieldError(field, "说明不能超过500个字。"));
        }

        return string.IsNullOrEmpty(t) ? null : t;
    }
}

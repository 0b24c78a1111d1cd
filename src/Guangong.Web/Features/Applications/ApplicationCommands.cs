using System.Globalization;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Applications;

/// <summary>
/// The application's way up and back: prepared and edited by the town (only while a draft or
/// returned), submitted, scored by a unit above, then approved (the station gets the honour) or
/// returned with reasons. Every step is written to its history.
/// </summary>
public sealed class ApplicationCommands(GuangongDbContext db, TemplateCatalog templates, ApplicationPhotos photos, TimeProvider clock)
{
    public const string Locked = "申报已提交，退回前不能修改。";

    public async Task<CommandResult<StationApplication>> CreateAsync(ApplicationInput input, CancellationToken ct = default)
    {
        var station = long.TryParse(input.StationId, NumberStyles.None, CultureInfo.InvariantCulture, out var stationId)
            ? await db.Stations.AsNoTracking().Include(s => s.Unit).SingleOrDefaultAsync(s => s.Id == stationId, ct)
            : null;
        if (station is null)
        {
            return CommandResult<StationApplication>.Invalid(nameof(input.StationId), "请选择辅导站。");
        }

        // The town applies: the parent of the station's village, which the scope must cover.
        var town = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == station.Unit!.ParentId, ct);
        if (town is null || db.Scope.Path is null || !town.Path.StartsWith(db.Scope.Path, StringComparison.Ordinal))
        {
            return CommandResult<StationApplication>.Invalid(string.Empty, "申报须由辅导站所在的镇（街道）关工委提出。");
        }

        var assessment = await db.Assessments.AsNoTracking().Where(a => a.Program == ProgramKind.Station && a.SubjectId == station.Id)
            .OrderByDescending(a => a.Year).FirstOrDefaultAsync(ct);
        if (assessment is null)
        {
            return CommandResult<StationApplication>.Invalid(nameof(input.StationId), "该辅导站还没有年度评估，请先完成评估再申报。");
        }

        var application = new StationApplication { UnitId = town.Id, StationId = station.Id, StationName = station.Name, AssessmentId = assessment.Id, Year = assessment.Year };
        var errors = Read(input, application);
        if (await db.StationApplications.AnyAsync(a => a.StationId == station.Id && a.Year == application.Year && a.Title == application.Title, ct))
        {
            errors.Add(new FieldError(nameof(input.Title), $"该辅导站{application.Year}年已有这项申报。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<StationApplication>.Invalid(errors);
        }

        db.StationApplications.Add(application);
        await db.SaveChangesAsync(ct);
        Log(application, "创建", null);
        await db.SaveChangesAsync(ct);
        return CommandResult<StationApplication>.Ok(application);
    }

    public async Task<CommandResult<StationApplication>> UpdateAsync(long id, ApplicationInput input, CancellationToken ct = default)
    {
        // The photos may come from the application's own assessment only (both lists go through the scope).
        var assessmentId = await db.StationApplications.Where(a => a.Id == id).Select(a => (long?)a.AssessmentId).SingleOrDefaultAsync(ct);
        var candidates = assessmentId is { } aid ? await photos.CandidatesAsync(aid, ct) : [];
        return await StepAsync(id, input.Version, a => a.Status is ApplicationStatus.Draft or ApplicationStatus.Returned ? null : Locked, a =>
        {
            if (input.Title?.Trim() != a.Title)
            {
                return [new FieldError(nameof(input.Title), "申报的荣誉不能改，请另建一份申报。")];
            }

            var errors = Read(input, a);
            if (input.Photos is { } posted)
            {
                var (chosen, refused) = ApplicationPhotos.Choose(posted, candidates);
                if (refused is not null)
                {
                    errors.Add(new FieldError(nameof(input.Photos), refused));
                }

                a.Photos = chosen;
            }

            Log(a, "修改", null);
            return errors;
        }, ownUnit: true, ct);
    }

    public Task<CommandResult<StationApplication>> SubmitAsync(long id, long version, CancellationToken ct = default) =>
        StepAsync(id, version, a => a.Status is ApplicationStatus.Draft or ApplicationStatus.Returned ? null : "申报已提交，不能重复提交。", a =>
        {
            Log(a, a.Status == ApplicationStatus.Returned ? "重新提交" : "提交", null);
            a.Status = ApplicationStatus.Submitted;
            a.ReturnReason = null;
            return [];
        }, ownUnit: true, ct);

    public async Task<CommandResult<StationApplication>> ReviewAsync(long id, ScoreInput input, CancellationToken ct = default)
    {
        var template = await TemplateOfAsync(id, ct);
        return await StepAsync(id, input.Version, Reviewable, a =>
        {
            var errors = new List<FieldError>();
            db.ApplicationScores.RemoveRange(a.Scores);
            a.Scores = [];
            foreach (var (c, i) in (template?.Criteria ?? []).Select((c, i) => (c, i)))
            {
                var line = input.Lines.FirstOrDefault(l => l.CriterionId == c.Id);
                var score = Scoring.Read(line?.Score, c, $"Lines[{i}].Score", errors);
                if (score is null && !errors.Any(e => e.Field == $"Lines[{i}].Score"))
                {
                    errors.Add(new FieldError($"Lines[{i}].Score", "请填写审核得分。"));
                }

                var comment = line?.Note?.Trim();
                if (comment is { Length: > 500 })
                {
                    errors.Add(new FieldError($"Lines[{i}].Note", "意见不能超过500个字。"));
                }

                a.Scores.Add(new ApplicationScore { CriterionId = c.Id, UnitId = a.UnitId, Score = score ?? 0, Comment = string.IsNullOrEmpty(comment) ? null : comment });
            }

            a.ReviewTotal = a.Scores.Sum(s => s.Score);
            Log(a, "审核评分", $"审核得分{Scoring.Text(a.ReviewTotal.Value)}分");
            return errors;
        }, ownUnit: false, ct);
    }

    public async Task<CommandResult<StationApplication>> ApproveAsync(long id, long version, CancellationToken ct = default)
    {
        var thresholds = LevelThresholds.Parse((await TemplateOfAsync(id, ct))?.Thresholds) ?? [];
        return await StepAsync(id, version, a => Reviewable(a) ?? (a.ReviewTotal is null ? "请先逐项审核评分，再批准。" : BelowLine(a, thresholds)), a =>
        {
            a.Status = ApplicationStatus.Approved;
            Log(a, "批准", null);
            if (!honourExists)
            {
                db.StationHonours.Add(new StationHonour { StationId = a.StationId, UnitId = stationUnit, Year = a.Year, Title = a.Title });
            }

            return [];
        }, ownUnit: false, ct);
    }

    /// <summary>
    /// Why a review total below the standard's line for the honour applied for (区优=80；市优=90) is not approved: the honour
    /// would say more than the review found.
    /// </summary>
    private static string? BelowLine(StationApplication a, IReadOnlyList<(string Name, decimal Min)> thresholds) =>
        thresholds.FirstOrDefault(t => t.Name == a.Title) is { Name.Length: > 0 } line && a.ReviewTotal < line.Min
            ? $"审核得分{Scoring.Text(a.ReviewTotal.Value)}分，未达到评估标准中“{a.Title}”的分数线{Scoring.Text(line.Min)}分，不能批准；请退回并写明理由，或复核评分。"
            : null;

    public Task<CommandResult<StationApplication>> ReturnAsync(long id, DecisionInput input, CancellationToken ct = default) =>
        StepAsync(id, input.Version, Reviewable, a =>
        {
            var reason = input.Reason?.Trim() ?? string.Empty;
            if (reason.Length is 0 or > 500)
            {
                return [new FieldError(nameof(input.Reason), reason.Length == 0 ? "请填写退回理由。" : "退回理由不能超过500个字。")];
            }

            a.Status = ApplicationStatus.Returned;
            a.ReturnReason = reason;
            Log(a, "退回", reason);
            return [];
        }, ownUnit: false, ct);

    private string? Reviewable(StationApplication a) =>
        !AssessmentCommands.IsAbove(db.Scope.Path, a.UnitPath) ? "不能审核本单位的申报，须由上级单位审核。"
        : a.Status != ApplicationStatus.Submitted ? "只有审核中的申报可以审核、批准或退回。"
        : null;

    /// <summary>The station's unit, loaded by <see cref="StepAsync"/> for the honour an approval adds.</summary>
    private long stationUnit;

    /// <summary>Whether the station already holds the honour applied for (registered by hand), loaded with it.</summary>
    private bool honourExists;

    /// <summary>Loads, checks the version and the state, applies the step, saves: all or nothing.</summary>
    private async Task<CommandResult<StationApplication>> StepAsync(long id, long version, Func<StationApplication, string?> refuse, Func<StationApplication, List<FieldError>> apply, bool ownUnit, CancellationToken ct)
    {
        var a = await db.StationApplications.Include(x => x.Scores).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || (ownUnit && !(db.Scope.Path is { } p && a.UnitPath.StartsWith(p, StringComparison.Ordinal))))
        {
            return CommandResult<StationApplication>.NotFound();
        }

        if (a.Version != version)
        {
            return CommandResult<StationApplication>.Conflict(a);
        }

        if (refuse(a) is { } message)
        {
            return CommandResult<StationApplication>.Invalid(string.Empty, message);
        }

        stationUnit = await db.Stations.Where(s => s.Id == a.StationId).Select(s => s.UnitId).SingleOrDefaultAsync(ct);
        honourExists = await db.StationHonours.AnyAsync(h => h.StationId == a.StationId && h.Year == a.Year && h.Title == a.Title, ct);
        var errors = apply(a);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<StationApplication>.Invalid(errors);
        }

        db.Entry(a).Property(x => x.Version).IsModified = true;
        return await db.SaveOrConflictAsync(a, a.Id, ct);
    }

    private async Task<AssessmentTemplate?> TemplateOfAsync(long applicationId, CancellationToken ct)
    {
        var templateId = await db.StationApplications.Where(a => a.Id == applicationId)
            .Join(db.Assessments, a => a.AssessmentId, x => x.Id, (a, x) => (long?)x.TemplateId).SingleOrDefaultAsync(ct);
        return templateId is { } t ? await templates.FindAsync(t, ct) : null;
    }

    private static List<FieldError> Read(ApplicationInput input, StationApplication a)
    {
        var errors = new List<FieldError>();
        var title = input.Title?.Trim();
        if (title is null || !StationCommands.HonourTitles.Contains(title))
        {
            errors.Add(new FieldError(nameof(input.Title), "请选择申报的荣誉：区优或市优。"));
        }

        var narrative = input.Narrative?.Trim() ?? string.Empty;
        if (narrative.Length is < 20 or > 4000)
        {
            errors.Add(new FieldError(nameof(input.Narrative), narrative.Length < 20 ? "请填写申报材料（主要做法和成效），不少于20个字。" : "申报材料不能超过4000个字。"));
        }

        a.Title = title ?? string.Empty;
        a.Narrative = narrative;
        return errors;
    }

    private void Log(StationApplication a, string action, string? comment) =>
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = a.Id, UnitId = a.UnitId, AtUtc = clock.GetUtcNow().UtcDateTime, Actor = db.ActorDisplayName, Action = action, Comment = comment });
}

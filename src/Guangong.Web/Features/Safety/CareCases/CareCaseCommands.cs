using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.CareCases;

/// <summary>Opening a case and the steps of its work, for the case workers of its station only.</summary>
public sealed class CareCaseCommands(GuangongDbContext db, CareCaseAccess access, TimeProvider clock)
{
    public const string ErasedMessage = "该个案已按申请匿名化，个人信息已删除，不能再查看或修改。";

    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<CommandResult<CareCase>> CreateAsync(CareCaseInput input, CancellationToken ct = default)
    {
        var station = access.StationId is { } sid
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == sid && u.IsActive, ct)
            : null;
        if (station is null || !CareCaseDirectory.StationKinds.Contains(station.Kind))
        {
            await access.RefuseListAsync("登记个案", ct);
            return CommandResult<CareCase>.NotFound();
        }

        var errors = new List<FieldError>();
        var kind = EnumText.Parse<CareCaseKind>(input.Kind);
        if (kind is null)
        {
            errors.Add(new FieldError(nameof(input.Kind), "请选择个案类别。"));
        }

        var opened = DateField.Read(input.OpenedOn, DateKind.Event, Today, nameof(input.OpenedOn), errors, "请填写立案日期。");
        if (opened > Today)
        {
            errors.Add(new FieldError(nameof(input.OpenedOn), "立案日期不能晚于今天。"));
        }

        var name = CareRules.PersonName(input.MinorName, nameof(input.MinorName), "未成年人姓名", errors);
        int? birthYear = null;
        if (!string.IsNullOrWhiteSpace(input.BirthYear))
        {
            if (int.TryParse(input.BirthYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= Today.Year - 18 && y <= Today.Year)
            {
                birthYear = y;
            }
            else
            {
                errors.Add(new FieldError(nameof(input.BirthYear), $"出生年份应为{Today.Year - 18}至{Today.Year}之间的四位数字（未成年人）。"));
            }
        }

        var school = SafetyText.Optional(input.School, 60, nameof(input.School), "学校", errors);
        var situation = SafetyText.Optional(input.Situation, 1000, nameof(input.Situation), "基本情况", errors);
        if (errors.Count > 0)
        {
            return CommandResult<CareCase>.Invalid(errors);
        }

        var c = new CareCase
        {
            UnitId = station.Id,
            UnitPath = station.Path,
            Kind = kind!.Value,
            OpenedOn = opened!.Value,
            MinorName = name,
            BirthYear = birthYear,
            School = school,
            Situation = situation,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CareCases.Add(c);
        await db.SaveChangesAsync(ct);
        return CommandResult<CareCase>.Ok(c);
    }

    public Task<CommandResult<CareCase>> PairMentorAsync(long id, CareStepInput input, CancellationToken ct = default) =>
        StepAsync(id, input, "结对", async (c, errors) =>
        {
            var mentorId = long.TryParse(input.MentorId, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1;
            var mentor = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == mentorId && v.Status == People.VolunteerStatus.Active, ct);
            if (mentor is null)
            {
                errors.Add(new FieldError(nameof(input.MentorId), "请选择本站名册中在册的五老。"));
            }

            var on = CareRules.PastDate(input.Date, c.OpenedOn, Today, "结对日期", errors);
            return () => (c.MentorId, c.PairedOn) = (mentor!.Id, on);
        }, ct);

    public Task<CommandResult<CareCase>> RecordConsentAsync(long id, CareStepInput input, CancellationToken ct = default) =>
        StepAsync(id, input, "监护人同意", (c, errors) =>
        {
            var name = CareRules.PersonName(input.Name, nameof(input.Name), "监护人姓名", errors);
            var relation = SafetyText.Optional(input.Relation, 10, nameof(input.Relation), "与未成年人关系", errors);
            if (relation is null && !errors.Any(e => e.Field == nameof(input.Relation)))
            {
                errors.Add(new FieldError(nameof(input.Relation), "请填写与未成年人的关系（如 父亲、祖母）。"));
            }

            var on = CareRules.PastDate(input.Date, null, Today, "同意日期", errors);
            return Task.FromResult<Action>(() => (c.GuardianName, c.GuardianRelation, c.ConsentOn) = (name, relation, on));
        }, ct);

    public Task<CommandResult<CareCase>> AddVisitAsync(long id, CareStepInput input, CancellationToken ct = default) =>
        StepAsync(id, input, "走访", (c, errors) =>
        {
            var on = CareRules.PastDate(input.Date, c.OpenedOn, Today, "走访日期", errors);
            var visitor = CareRules.PersonName(input.Name, nameof(input.Name), "走访人", errors);
            var note = SafetyText.Optional(input.Note, 500, nameof(input.Note), "走访情况", errors);
            return Task.FromResult<Action>(() => c.Visits.Add(new CareVisit
            {
                UnitId = c.UnitId,
                UnitPath = c.UnitPath,
                VisitedOn = on,
                Visitor = visitor!,
                Note = note,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            }));
        }, ct, checkVersion: false);

    public Task<CommandResult<CareCase>> CloseAsync(long id, CareStepInput input, CancellationToken ct = default) =>
        StepAsync(id, input, "结案", (c, errors) =>
        {
            if (c.Status == CareCaseStatus.Closed)
            {
                errors.Add(new FieldError(string.Empty, "该个案已结案。"));
            }

            var on = CareRules.PastDate(input.Date, c.OpenedOn, Today, "结案日期", errors);
            var note = SafetyText.Optional(input.Note, 500, nameof(input.Note), "结案说明", errors);
            return Task.FromResult<Action>(() => (c.Status, c.ClosedOn, c.ClosureNote) = (CareCaseStatus.Closed, on, note));
        }, ct);

    /// <summary>
    /// Erasure on request (PIPL): the personal fields of a closed case and its visit notes are blanked;
    /// kind, status, dates and the visit count stay, so every count keeps its number.
    /// </summary>
    public Task<CommandResult<CareCase>> EraseAsync(long id, CareStepInput input, CancellationToken ct = default) =>
        StepAsync(id, input, "匿名化", (c, errors) =>
        {
            if (c.Status != CareCaseStatus.Closed)
            {
                errors.Add(new FieldError(string.Empty, "只有已结案的个案才能匿名化删除个人信息。"));
            }

            return Task.FromResult<Action>(() =>
            {
                (c.MinorName, c.BirthYear, c.School, c.Situation) = (null, null, null, null);
                (c.GuardianName, c.GuardianRelation, c.ClosureNote) = (null, null, null);
                c.ErasedUtc = clock.GetUtcNow().UtcDateTime;
                foreach (var v in c.Visits)
                {
                    v.Note = null;
                }
            });
        }, ct);

    /// <summary>
    /// The frame of every step: the case through the gate (a refusal is logged and answers not
    /// found), an erased case refused, the version checked, the rule's errors shown beside their
    /// fields with nothing saved, else the change applied and saved.
    /// </summary>
    private async Task<CommandResult<CareCase>> StepAsync(long id, CareStepInput input, string what, Func<CareCase, List<FieldError>, Task<Action>> rule, CancellationToken ct, bool checkVersion = true)
    {
        var c = await access.Own().Include(x => x.Visits).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            await access.RefuseAsync(id, what, ct);
            return CommandResult<CareCase>.NotFound();
        }

        if (c.IsErased)
        {
            return CommandResult<CareCase>.Invalid(string.Empty, ErasedMessage);
        }

        if (checkVersion && c.Version != input.Version)
        {
            db.ChangeTracker.Clear();
            return CommandResult<CareCase>.Conflict(c);
        }

        var errors = new List<FieldError>();
        var apply = await rule(c, errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<CareCase>.Invalid(errors);
        }

        apply();
        return await db.SaveOrConflictAsync(c, c.Id, ct);
    }
}

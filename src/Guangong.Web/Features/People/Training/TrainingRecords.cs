using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People.Training;

/// <summary>Commands on training sessions: add, edit, and set who attended.</summary>
public sealed class TrainingRecords(GuangongDbContext db, VolunteerRoster roster, TimeProvider clock)
{
    public async Task<CommandResult<TrainingSession>> CreateAsync(TrainingInput input, CancellationToken ct = default)
    {
        var session = new TrainingSession();
        var errors = await ApplyAsync(session, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<TrainingSession>.Invalid(errors);
        }

        db.TrainingSessions.Add(session);
        return await db.SaveNewAsync(session, nameof(input.Date), ct);
    }

    public async Task<CommandResult<TrainingSession>> UpdateAsync(long id, TrainingInput input, CancellationToken ct = default)
    {
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return CommandResult<TrainingSession>.NotFound();
        }

        if (session.Version != input.Version)
        {
            return CommandResult<TrainingSession>.Conflict(session);
        }

        var unitBefore = session.UnitId;
        var errors = await ApplyAsync(session, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<TrainingSession>.Invalid(errors);
        }

        if (session.UnitId != unitBefore)
        {
            foreach (var a in await db.TrainingAttendances.Where(a => a.SessionId == id).ToListAsync(ct))
            {
                a.UnitId = session.UnitId;
                a.UnitPath = session.UnitPath;
            }
        }

        return await db.SaveOrConflictAsync(session, session.Id, ct);
    }

    /// <summary>Replaces the attendee list; only volunteers within the scope can be chosen.</summary>
    public async Task<CommandResult<TrainingSession>> SetAttendeesAsync(long id, long version, IReadOnlyCollection<long> volunteerIds, CancellationToken ct = default)
    {
        var session = await db.TrainingSessions.Include(s => s.Attendees).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return CommandResult<TrainingSession>.NotFound();
        }

        if (session.Version != version)
        {
            return CommandResult<TrainingSession>.Conflict(session);
        }

        var wanted = volunteerIds.Distinct().ToList();
        var known = await db.Volunteers.Where(v => wanted.Contains(v.Id)).Select(v => v.Id).ToListAsync(ct);
        if (known.Count != wanted.Count)
        {
            return CommandResult<TrainingSession>.Invalid("Attendees", "所选的人中有不在名册或不在您管理范围内的，请刷新后重选。");
        }

        db.TrainingAttendances.RemoveRange(session.Attendees.Where(a => !wanted.Contains(a.VolunteerId)));
        foreach (var volunteerId in wanted.Except(session.Attendees.Select(a => a.VolunteerId)))
        {
            session.Attendees.Add(new TrainingAttendance { VolunteerId = volunteerId, UnitId = session.UnitId, UnitPath = session.UnitPath });
        }

        // The session's version moves too, so two people editing the list cannot silently overwrite each other.
        db.Entry(session).Property(s => s.Version).IsModified = true;
        return await db.SaveOrConflictAsync(session, session.Id, ct);
    }

    private async Task<List<FieldError>> ApplyAsync(TrainingSession session, TrainingInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var codes = await roster.CodesForAsync(input.UnitId, session.UnitId == 0 ? null : session.UnitId, ct);
        var topic = input.Topic?.Trim();
        if (string.IsNullOrEmpty(topic))
        {
            errors.Add(new FieldError(nameof(input.Topic), "请填写培训主题。"));
        }
        else if (topic.Length > 100)
        {
            errors.Add(new FieldError(nameof(input.Topic), "培训主题不能超过100个字。"));
        }

        if (!TrainingKinds.All.Contains(input.Kind?.Trim()))
        {
            errors.Add(new FieldError(nameof(input.Kind), "类型请选择：学习培训 或 理论学习。"));
        }

        var date = DateField.Read(input.Date, DateKind.Event, ChinaTime.Today(clock), nameof(input.Date), errors, "请填写日期，格式如 2023-04-05。");

        if (input.Mode?.Trim() is not ("线上" or "线下"))
        {
            errors.Add(new FieldError(nameof(input.Mode), "请选择线上或线下。"));
        }

        if (!decimal.TryParse(input.Hours?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours <= 0 || hours > 24 || decimal.Round(hours, 1) != hours)
        {
            errors.Add(new FieldError(nameof(input.Hours), "学时须为0.5到24之间的数字，最多一位小数。"));
        }

        if (input.Speaker is { Length: > 40 })
        {
            errors.Add(new FieldError(nameof(input.Speaker), "主讲人不能超过40个字。"));
        }

        if (input.Place is { Length: > 60 })
        {
            errors.Add(new FieldError(nameof(input.Place), "地点不能超过60个字。"));
        }

        if (input.Summary is { Length: > 1000 })
        {
            errors.Add(new FieldError(nameof(input.Summary), "内容摘要不能超过1000个字。"));
        }

        var unitId = codes.FindUnit(input.UnitId);
        if (unitId is null)
        {
            errors.Add(new FieldError(nameof(input.UnitId), "请选择举办单位（须在您的管理范围内）。"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        session.Topic = topic!;
        session.Kind = input.Kind!.Trim();
        session.Date = date!.Value;
        session.Online = input.Mode!.Trim() == "线上";
        session.Hours = hours;
        session.Speaker = Blank(input.Speaker);
        session.Place = Blank(input.Place);
        session.Summary = Blank(input.Summary);
        session.UnitId = unitId!.Value;
        session.UnitPath = codes.Units[unitId.Value].Path;
        return errors;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

}

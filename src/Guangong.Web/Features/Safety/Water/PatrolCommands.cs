using System.Globalization;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Water;

/// <summary>Patrol check-in and check-out on the phone: by the 五老 themselves, or by a recorder for them.</summary>
public sealed class PatrolCommands(GuangongDbContext db, CurrentUser me, TimeProvider clock, HourLedger ledger, SafetyPhotos photos)
{
    /// <summary>
    /// The patrol's hours as the ledger should hold them: a finished patrol credits its volunteer with its
    /// length (tenths of an hour) as verified service, on the day it started, in the patrol's unit.
    /// </summary>
    internal async Task KeepHoursAsync(Patrol patrol, bool deleted, CancellationToken ct)
    {
        SourceHours? wanted = null;
        if (!deleted && patrol.EndUtc is { } end)
        {
            var waters = await db.WaterBodies.AsNoTracking().Where(w => patrol.Stops.Select(s => s.WaterBodyId).Contains(w.Id)).OrderBy(w => w.Name).Select(w => w.Name).ToListAsync(ct);
            var title = $"防溺水巡逻：{string.Join("、", waters)}";
            wanted = new SourceHours(patrol.VolunteerId, patrol.UnitId, patrol.UnitPath, DateOnly.FromDateTime(ChinaTime.ToLocal(patrol.StartUtc)), PatrolRules.Hours(patrol.StartUtc, end),
                title.Length > 120 ? title[..119] + "…" : title, patrol.StartUtc, end);
        }

        await ledger.SetSourceHoursAsync(ServiceSource.Patrol, patrol.Id, wanted, ct);
    }

    public async Task<CommandResult<Patrol>> CheckInAsync(CheckInInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var now = clock.GetUtcNow().UtcDateTime;
        long volunteerId = me.IsVolunteerOnly
            ? await db.Volunteers.AsNoTracking().Where(v => v.UserId == me.UserId && me.UserId != 0).Select(v => v.Id).FirstOrDefaultAsync(ct)
            : long.TryParse(input.VolunteerId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        if (!await db.Volunteers.AnyAsync(x => x.Id == volunteerId && x.Status == People.VolunteerStatus.Active, ct))
        {
            errors.Add(new FieldError(nameof(input.VolunteerId), me.IsVolunteerOnly ? "您的账号没有关联名册中的五老，请联系干事。" : "请从名册中选择在册的五老。"));
        }
        else if (await db.Patrols.AnyAsync(p => p.VolunteerId == volunteerId && p.EndUtc == null, ct))
        {
            errors.Add(new FieldError(nameof(input.VolunteerId), "这位五老还有一次巡逻没有签退，请先签退。"));
        }

        var ids = (input.WaterBodyIds ?? []).Distinct().ToList();
        var waters = await db.WaterBodies.AsNoTracking().Where(w => ids.Contains(w.Id)).OrderBy(w => w.Id).ToListAsync(ct);
        if (ids.Count == 0 || waters.Count != ids.Count)
        {
            errors.Add(new FieldError(nameof(input.WaterBodyIds), ids.Count == 0 ? "请选择本次巡逻的水域。" : "所选水域有不在您管理范围内的，请刷新后重选。"));
        }

        var start = PatrolRules.ReadTap(input.Date, input.Time, input.Shown, now, ChinaTime.Today(clock), errors);
        if (start > now.AddMinutes(5))
        {
            errors.Add(new FieldError("Time", "签到时间不能晚于现在。"));
        }

        var stored = await photos.TakeAsync(uploads, input.Uploaded, 0, errors, ct);
        if (errors.Count > 0)
        {
            return CommandResult<Patrol>.Invalid(errors);
        }

        var patrol = new Patrol
        {
            VolunteerId = volunteerId, UnitId = waters[0].UnitId, UnitPath = waters[0].UnitPath, StartUtc = start!.Value, CreatedUtc = now,
            EnteredByName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
        };
        patrol.Stops.AddRange(waters.Select(w => new PatrolStop { WaterBodyId = w.Id, UnitId = w.UnitId, UnitPath = w.UnitPath }));
        db.Patrols.Add(patrol);
        try
        {
            // The photos name the patrol by id: saved after it, in the same transaction.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var saved = await db.SaveNewAsync(patrol, nameof(input.Date), ct);
            if (saved.Succeeded && stored.Count > 0)
            {
                photos.Attach(PhotoOf.Patrol, patrol.Id, patrol.UnitId, patrol.UnitPath, stored);
                saved = await db.SaveNewAsync(patrol, nameof(input.Date), ct);
            }

            if (saved.Succeeded)
            {
                await tx.CommitAsync(ct);
                return saved;
            }

            photos.Forget(stored);
            return saved;
        }
        catch
        {
            photos.Forget(stored);
            throw;
        }
    }

    public async Task<CommandResult<Patrol>> CheckOutAsync(long id, CheckOutInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var patrol = await db.Patrols.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patrol is null || (me.IsVolunteerOnly && !await db.Volunteers.AnyAsync(v => v.Id == patrol.VolunteerId && v.UserId == me.UserId && me.UserId != 0, ct)))
        {
            return CommandResult<Patrol>.NotFound();
        }

        if (patrol.Version != input.Version)
        {
            return CommandResult<Patrol>.Conflict(patrol);
        }

        var errors = new List<FieldError>();
        if (patrol.EndUtc is not null)
        {
            errors.Add(new FieldError(string.Empty, "这次巡逻已经签退。"));
        }

        var end = PatrolRules.ReadTap(input.Date, input.Time, input.Shown, clock.GetUtcNow().UtcDateTime, ChinaTime.Today(clock), errors);
        if (end is { } e)
        {
            if (e <= patrol.StartUtc)
            {
                errors.Add(new FieldError("Time", $"签退时间须晚于签到时间（{ChinaTime.DateAndTime(patrol.StartUtc)}）。"));
            }
            else if (e - patrol.StartUtc > TimeSpan.FromHours(PatrolRules.MaxHours))
            {
                errors.Add(new FieldError("Time", $"一次巡逻不能超过{PatrolRules.MaxHours}小时，请核对签退时间。"));
            }
            else if (e > clock.GetUtcNow().UtcDateTime.AddMinutes(5))
            {
                errors.Add(new FieldError("Time", "签退时间不能晚于现在。"));
            }
        }

        var hazards = SafetyText.Optional(input.Hazards, 500, nameof(input.Hazards), "发现的隐患", errors);
        var children = SafetyText.Count(input.ChildrenDissuaded, PatrolRules.MaxChildrenDissuaded, nameof(input.ChildrenDissuaded), "劝离儿童人数", errors);
        var stored = await photos.TakeAsync(uploads, input.Uploaded, await db.SafetyPhotos.CountAsync(p => p.Of == PhotoOf.Patrol && p.RecordId == id, ct), errors, ct);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Patrol>.Invalid(errors);
        }

        (patrol.EndUtc, patrol.Hazards, patrol.ChildrenDissuaded) = (end, hazards, children);
        await db.Entry(patrol).Collection(p => p.Stops).LoadAsync(ct);
        await KeepHoursAsync(patrol, deleted: false, ct);
        photos.Attach(PhotoOf.Patrol, patrol.Id, patrol.UnitId, patrol.UnitPath, stored);
        var saved = await db.SaveOrConflictAsync(patrol, patrol.Id, ct);
        if (!saved.Succeeded)
        {
            photos.Forget(stored);
        }

        return saved;
    }

    /// <summary>
    /// A recorder corrects a patrol after the fact (times, findings); the volunteer's hours in the ledger
    /// follow: the old line reversed, the corrected one added, in the same save.
    /// </summary>
    public async Task<CommandResult<Patrol>> CorrectAsync(long id, PatrolEditInput input, CancellationToken ct = default)
    {
        var patrol = await db.Patrols.Include(p => p.Stops).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patrol is null)
        {
            return CommandResult<Patrol>.NotFound();
        }

        if (patrol.Version != input.Version)
        {
            return CommandResult<Patrol>.Conflict(patrol);
        }

        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var startErrors = new List<FieldError>();
        var start = PatrolRules.Read(input.StartDate, input.StartTime, today, startErrors);
        errors.AddRange(startErrors.Select(e => e with { Field = e.Field == "Date" ? nameof(input.StartDate) : nameof(input.StartTime) }));
        DateTime? end = null;
        if (!string.IsNullOrWhiteSpace(input.EndDate) || !string.IsNullOrWhiteSpace(input.EndTime) || patrol.EndUtc is not null)
        {
            var endErrors = new List<FieldError>();
            end = PatrolRules.Read(input.EndDate, input.EndTime, today, endErrors);
            errors.AddRange(endErrors.Select(e => e with { Field = e.Field == "Date" ? nameof(input.EndDate) : nameof(input.EndTime) }));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (start is { } s && end is { } e)
        {
            if (e <= s)
            {
                errors.Add(new FieldError(nameof(input.EndTime), "签退时间须晚于签到时间。"));
            }
            else if (e - s > TimeSpan.FromHours(PatrolRules.MaxHours))
            {
                errors.Add(new FieldError(nameof(input.EndTime), $"一次巡逻不能超过{PatrolRules.MaxHours}小时，请核对签退时间。"));
            }
        }

        if (start > now.AddMinutes(5) || end > now.AddMinutes(5))
        {
            errors.Add(new FieldError(nameof(input.EndTime), "签到、签退时间不能晚于现在。"));
        }

        var hazards = SafetyText.Optional(input.Hazards, 500, nameof(input.Hazards), "发现的隐患", errors);
        var children = SafetyText.Count(input.ChildrenDissuaded, PatrolRules.MaxChildrenDissuaded, nameof(input.ChildrenDissuaded), "劝离儿童人数", errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Patrol>.Invalid(errors);
        }

        (patrol.StartUtc, patrol.EndUtc, patrol.Hazards, patrol.ChildrenDissuaded) = (start!.Value, end, hazards, children);
        await KeepHoursAsync(patrol, deleted: false, ct);
        return await db.SaveOrConflictAsync(patrol, patrol.Id, ct);
    }

    /// <summary>Removes a patrol recorded by mistake; its hours are reversed in the ledger in the same save.</summary>
    public async Task<CommandResult<Patrol>> DeleteAsync(long id, long version, CancellationToken ct = default)
    {
        var patrol = await db.Patrols.Include(p => p.Stops).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (patrol is null)
        {
            return CommandResult<Patrol>.NotFound();
        }

        if (patrol.Version != version)
        {
            return CommandResult<Patrol>.Conflict(patrol);
        }

        await KeepHoursAsync(patrol, deleted: true, ct);
        var files = await photos.DetachAllAsync(PhotoOf.Patrol, patrol.Id, ct);
        db.PatrolStops.RemoveRange(patrol.Stops);
        db.Patrols.Remove(patrol);
        var removed = await db.SaveOrConflictAsync(patrol, patrol.Id, ct);
        if (removed.Succeeded)
        {
            photos.DeleteFiles(files);
        }

        return removed;
    }
}

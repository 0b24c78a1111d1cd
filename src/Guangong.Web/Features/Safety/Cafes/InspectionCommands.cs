using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Cafes;

/// <summary>Recording an inspection (on the phone, by the supervisor or a recorder for them) and its follow-up outcome.</summary>
public sealed class InspectionCommands(GuangongDbContext db, CurrentUser me, TimeProvider clock, HourLedger ledger, SafetyPhotos photos)
{
    /// <summary>The inspection's time as verified service of its supervisor, on its day, in the café's unit; nothing once deleted.</summary>
    private async Task KeepHoursAsync(CafeInspection inspection, bool deleted, CancellationToken ct)
    {
        var cafe = await db.InternetCafes.AsNoTracking().Where(c => c.Id == inspection.CafeId).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        var title = $"网吧义务监督：{cafe}";
        await ledger.SetSourceHoursAsync(ServiceSource.CafeInspection, inspection.Id, deleted ? null : new SourceHours(
            inspection.VolunteerId, inspection.UnitId, inspection.UnitPath, DateOnly.FromDateTime(ChinaTime.ToLocal(inspection.InspectedUtc)), inspection.Hours,
            title.Length > 120 ? title[..119] + "…" : title), ct);
    }

    /// <summary>More minors than any café seats is a typing error, not a finding.</summary>
    public const int MaxMinors = 50;

    public async Task<CommandResult<CafeInspection>> RecordAsync(long cafeId, InspectionInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        // Through the scope, with a logged refusal: a café of another town answers not found.
        var cafe = await db.FindInScopeAsync<InternetCafe>(cafeId, ct);
        if (cafe is null)
        {
            return CommandResult<CafeInspection>.NotFound();
        }

        var errors = new List<FieldError>();
        if (!cafe.IsOpen)
        {
            errors.Add(new FieldError(string.Empty, "该网吧已登记为停业，不能再记录检查。"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var date = DateField.Read(input.Date, DateKind.Event, today, nameof(input.Date), errors, "请填写检查日期。");
        DateTime? at = null;
        if (!TimeOnly.TryParseExact(input.Time?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(new FieldError(nameof(input.Time), "请填写检查时间，如 20:30。"));
        }
        else if (date is { } d)
        {
            at = ChinaTime.ToUtc(d.ToDateTime(time));
            if (at > now.AddMinutes(5))
            {
                errors.Add(new FieldError(nameof(input.Time), "检查时间不能晚于现在。"));
            }
        }

        var supervisors = await db.CafeSupervisors.AsNoTracking().Where(s => s.CafeId == cafe.Id).Select(s => s.VolunteerId).ToListAsync(ct);
        long volunteerId;
        if (me.IsVolunteerOnly)
        {
            // A 五老 records their own inspection: who inspected is who signed in, not a choice.
            volunteerId = await db.Volunteers.AsNoTracking().Where(v => v.UserId == me.UserId && me.UserId != 0).Select(v => v.Id).FirstOrDefaultAsync(ct);
        }
        else
        {
            volunteerId = long.TryParse(input.VolunteerId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        }

        if (!supervisors.Contains(volunteerId))
        {
            errors.Add(new FieldError(nameof(input.VolunteerId), me.IsVolunteerOnly ? "您不是该网吧的义务监督员。" : "请选择该网吧的义务监督员。"));
        }

        if (!decimal.TryParse(input.Hours?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours < 0.5m || hours > 8 || decimal.Round(hours, 1) != hours)
        {
            errors.Add(new FieldError(nameof(input.Hours), "检查用时应在0.5到8小时之间（最多一位小数）。"));
        }

        var minors = SafetyText.Count(input.MinorsFound, MaxMinors, nameof(input.MinorsFound), "发现未成年人数", errors);
        var sign = SafetyText.YesNo(input.SignPresent, nameof(input.SignPresent), "是否张贴“未成年人禁入”标志", errors);
        var ids = SafetyText.YesNo(input.IdChecksDone, nameof(input.IdChecksDone), "是否查验身份证", errors);
        var problems = SafetyText.Optional(input.Problems, 500, nameof(input.Problems), "其他问题", errors);
        var followUp = string.IsNullOrWhiteSpace(input.FollowUpTo) ? FollowUpTo.None : EnumText.Parse<FollowUpTo>(input.FollowUpTo);
        if (followUp is null)
        {
            errors.Add(new FieldError(nameof(input.FollowUpTo), "移交对象请选择派出所、文化执法或无需移交。"));
        }
        else if (followUp == FollowUpTo.None && minors > 0)
        {
            errors.Add(new FieldError(nameof(input.FollowUpTo), "发现未成年人上网，须移交派出所或文化执法处理。"));
        }

        var outcome = SafetyText.Optional(input.FollowUpOutcome, 500, nameof(input.FollowUpOutcome), "处理结果", errors);
        var stored = await photos.TakeAsync(uploads, input.Uploaded, 0, errors, ct);
        if (errors.Count > 0)
        {
            return CommandResult<CafeInspection>.Invalid(errors);
        }

        var inspection = new CafeInspection
        {
            CafeId = cafe.Id,
            UnitId = cafe.UnitId,
            UnitPath = cafe.UnitPath,
            InspectedUtc = at!.Value,
            VolunteerId = volunteerId,
            Tenths = (int)(hours * 10),
            MinorsFound = minors,
            SignPresent = sign,
            IdChecksDone = ids,
            Problems = problems,
            FollowUpTo = followUp!.Value,
            FollowUpOutcome = outcome,
            EnteredByName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
            CreatedUtc = now,
        };

        try
        {
            var result = await SaveNewAsync(inspection, stored, ct);
            if (!result.Succeeded)
            {
                photos.Forget(stored);
            }

            return result;
        }
        catch
        {
            photos.Forget(stored);
            throw;
        }
    }

    /// <summary>The inspection, its photos and its ledger line in one transaction.</summary>
    private async Task<CommandResult<CafeInspection>> SaveNewAsync(CafeInspection inspection, PhotoBatch stored, CancellationToken ct)
    {
        db.CafeInspections.Add(inspection);

        // The ledger line names the inspection by id, so the inspection is saved first; both in one transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var saved = await db.SaveNewAsync(inspection, nameof(InspectionInput.Date), ct);
        if (!saved.Succeeded)
        {
            return saved;
        }

        photos.Attach(PhotoOf.CafeInspection, inspection.Id, inspection.UnitId, inspection.UnitPath, stored);
        await KeepHoursAsync(inspection, deleted: false, ct);
        var credited = await db.SaveNewAsync(inspection, nameof(InspectionInput.Date), ct);
        if (credited.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return credited;
    }

    /// <summary>
    /// Removes an inspection recorded by mistake (of the given café, when one is named); its hours are
    /// reversed in the ledger and its photos removed in the same save. A closed month refuses it.
    /// </summary>
    public async Task<CommandResult<CafeInspection>> DeleteAsync(long id, long version, long? cafeId = null, CancellationToken ct = default)
    {
        var inspection = await db.CafeInspections.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null || (cafeId is { } c && inspection.CafeId != c))
        {
            return CommandResult<CafeInspection>.NotFound();
        }

        if (inspection.Version != version)
        {
            return CommandResult<CafeInspection>.Conflict(inspection);
        }

        await KeepHoursAsync(inspection, deleted: true, ct);
        var files = await photos.DetachAllAsync(PhotoOf.CafeInspection, inspection.Id, ct);
        db.CafeInspections.Remove(inspection);
        var removed = await db.SaveOrConflictAsync(inspection, inspection.Id, ct);
        if (removed.Succeeded)
        {
            photos.DeleteFiles(files);
        }

        return removed;
    }

    /// <summary>What the police or the law-enforcement team did, recorded when it is known.</summary>
    public async Task<CommandResult<CafeInspection>> SetOutcomeAsync(long id, string? outcome, long version, CancellationToken ct = default)
    {
        var inspection = await db.CafeInspections.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null)
        {
            return CommandResult<CafeInspection>.NotFound();
        }

        if (inspection.Version != version)
        {
            return CommandResult<CafeInspection>.Conflict(inspection);
        }

        var errors = new List<FieldError>();
        var text = SafetyText.Optional(outcome, 500, nameof(InspectionInput.FollowUpOutcome), "处理结果", errors);
        if (text is null && errors.Count == 0)
        {
            errors.Add(new FieldError(nameof(InspectionInput.FollowUpOutcome), "请填写处理结果。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<CafeInspection>.Invalid(errors);
        }

        inspection.FollowUpOutcome = text;
        return await db.SaveOrConflictAsync(inspection, inspection.Id, ct);
    }
}

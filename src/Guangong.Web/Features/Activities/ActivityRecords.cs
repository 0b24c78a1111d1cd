using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Commands on activities: record (or draft) one with its photos and the hours its volunteers
/// served, edit it, and correct hours by reversing lines. One transaction each; files written
/// before a failed save are removed again.
/// </summary>
public sealed class ActivityRecords(GuangongDbContext db, CodeLists codeLists, EvidenceFiles files, CurrentUser me, TimeProvider clock)
{
    public async Task<CommandResult<Activity>> CreateAsync(ActivityInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var activity = new Activity { CreatedByUserId = me.UserId };
        var errors = await ApplyAsync(activity, input, ct);
        var served = await CheckServedAsync(activity, input, null, errors, ct);
        var stored = errors.Count == 0 ? await StoreFilesAsync(activity, uploads, 0, errors, ct) : [];
        if (errors.Count > 0)
        {
            Forget(stored);
            return CommandResult<Activity>.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Activities.Add(activity);
            await db.SaveChangesAsync(ct);
            await AddLedgerLinesAsync(activity, served, [], input.OnBehalfReason, ct);
            activity.VolunteerCount = served.Count;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return CommandResult<Activity>.Ok(activity);
        }
        catch
        {
            Forget(stored);
            throw;
        }
    }

    public async Task<CommandResult<Activity>> UpdateAsync(long id, ActivityInput input, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var activity = await db.Activities.Include(a => a.Files).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return CommandResult<Activity>.NotFound();
        }

        if (activity.Version != input.Version)
        {
            return CommandResult<Activity>.Conflict(activity);
        }

        var unitBefore = activity.UnitId;
        var dateBefore = activity.Date;
        var errors = await ApplyAsync(activity, input, ct);
        var standing = await CurrentHoursAsync(id, ct);
        var current = standing;
        var served = await CheckServedAsync(activity, input, current, errors, ct);
        var stored = errors.Count == 0 ? await StoreFilesAsync(activity, uploads, activity.Files.Count, errors, ct) : [];
        if (errors.Count > 0 || (current.Count > 0 && (activity.UnitId != unitBefore || activity.Date != dateBefore)))
        {
            if (errors.Count == 0)
            {
                // Hours are kept at the activity's unit and date; moving them would split a volunteer's totals.
                errors.Add(activity.UnitId != unitBefore
                    ? new FieldError(nameof(ActivityInput.UnitId), "已登记服务时长的活动不能改到其他单位。")
                    : new FieldError(nameof(ActivityInput.Date), "已登记服务时长的活动不能改日期；请先把各人的时长改为0保存，再改日期。"));
            }

            Forget(stored);
            db.ChangeTracker.Clear();
            return CommandResult<Activity>.Invalid(errors);
        }

        foreach (var file in activity.Files)
        {
            file.UnitId = activity.UnitId;
            file.UnitPath = activity.UnitPath;
        }

        // Every save of the form moves the version, even when only hours or files changed, so two
        // people editing the same activity cannot silently overwrite each other's hours.
        db.Entry(activity).Property(a => a.Version).IsModified = true;
        if (input.Shown is { } shown)
        {
            current = current.Where(c => shown.Contains(c.Key)).ToDictionary();
            served = served.Where(s => shown.Contains(s.Key)).ToDictionary();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await AddLedgerLinesAsync(activity, served, current, input.OnBehalfReason, ct);
            activity.VolunteerCount = standing.Keys.Except(current.Keys).Count() + served.Count;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return CommandResult<Activity>.Ok(activity);
        }
        catch (DbUpdateConcurrencyException)
        {
            Forget(stored);
            db.ChangeTracker.Clear();
            return CommandResult<Activity>.Conflict(await db.Activities.AsNoTracking().SingleAsync(a => a.Id == id, ct));
        }
        catch
        {
            Forget(stored);
            throw;
        }
    }

    /// <summary>Opens check-in with a fresh six-digit code, or closes it.</summary>
    public async Task<CommandResult<Activity>> SetCheckInAsync(long id, bool open, CancellationToken ct = default)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return CommandResult<Activity>.NotFound();
        }

        if (open && activity.Status == ActivityStatus.Draft)
        {
            return CommandResult<Activity>.Invalid(string.Empty, "草稿不能开放签到，请先保存为正式记录。");
        }

        if (open)
        {
            string code;
            do
            {
                code = System.Security.Cryptography.RandomNumberGenerator.GetInt32(100000, 1000000).ToString(CultureInfo.InvariantCulture);
            }
            while (await CheckInCodeTakenAsync(code, ct));
            activity.CheckInCode = code;
        }
        else
        {
            activity.CheckInCode = null;
        }

        return await db.SaveOrConflictAsync(activity, id, ct);
    }

    /// <summary>Check-in codes are unique across all units (the code alone finds the activity): a flag, nothing else.</summary>
    private async Task<bool> CheckInCodeTakenAsync(string code, CancellationToken ct)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.UniqueAcrossUnits);
        return await db.Activities.AnyAsync(a => a.CheckInCode == code, ct);
    }

    /// <summary>Net hours per volunteer on an activity, summed over the ledger.</summary>
    public async Task<Dictionary<long, decimal>> CurrentHoursAsync(long activityId, CancellationToken ct) =>
        (await db.ServiceHourEntries.AsNoTracking().Where(e => e.ActivityId == activityId)
                .GroupBy(e => e.VolunteerId).Select(g => new { g.Key, Tenths = g.Sum(e => e.Tenths) }).ToListAsync(ct))
            .Where(g => g.Tenths != 0).ToDictionary(g => g.Key, g => g.Tenths / 10m);

    private async Task<List<FieldError>> ApplyAsync(Activity activity, ActivityInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message) => errors.Add(new FieldError(field, message));
        var today = ChinaTime.Today(clock);

        var status = EnumText.Parse<ActivityStatus>(input.Status) ?? 0;
        if (status == 0)
        {
            Fail(nameof(input.Status), "状态只能是已开展、计划中或草稿。");
        }

        var draft = status == ActivityStatus.Draft;
        var title = input.Title?.Trim() ?? string.Empty;
        if (title.Length == 0 && !draft)
        {
            Fail(nameof(input.Title), "请填写活动名称。");
        }
        else if (title.Length > 100)
        {
            Fail(nameof(input.Title), "活动名称不能超过100个字。");
        }

        var category = input.Category?.Trim() ?? string.Empty;
        if (category.Length > 0 && !(await codeLists.EnabledValuesAsync("活动类别", ct)).Contains(category))
        {
            Fail(nameof(input.Category), "请从列表中选择活动类别。");
        }
        else if (category.Length == 0 && !draft)
        {
            Fail(nameof(input.Category), "请选择活动类别。");
        }

        var date = DateField.Read(input.Date, DateKind.Event, today, nameof(input.Date), errors, "请填写活动日期。");
        if (status == ActivityStatus.Completed && date > today)
        {
            Fail(nameof(input.Date), "已开展的活动，日期不能晚于今天；尚未开展的请选“计划中”。");
        }

        var start = ParseTime(input.StartTime, nameof(input.StartTime), errors);
        var end = ParseTime(input.EndTime, nameof(input.EndTime), errors);
        if (start is { } st && end is { } et && et <= st)
        {
            Fail(nameof(input.EndTime), "结束时间应晚于开始时间。");
        }

        CheckLength(input.Theme, 60, nameof(input.Theme), "活动主题", errors);
        CheckLength(input.Place, 100, nameof(input.Place), "地点", errors);
        CheckLength(input.Summary, 4000, nameof(input.Summary), "活动简介", errors);
        var partners = JoinTags(input.Partners);
        CheckLength(partners, 300, nameof(input.Partners), "协办单位", errors);
        var groups = JoinTags(input.YouthGroups);
        CheckLength(groups, 200, nameof(input.YouthGroups), "青少年群体", errors);

        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null)
        {
            Fail(nameof(input.UnitId), "请选择组织单位（须在您的管理范围内）。");
        }

        var youth = 0;
        if (!string.IsNullOrWhiteSpace(input.YouthReached))
        {
            if (!int.TryParse(input.YouthReached.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out youth))
            {
                Fail(nameof(input.YouthReached), "参与青少年人数须为0或正整数。");
            }
            else if (unit is not null && youth > MaxYouth(unit.Level))
            {
                Fail(nameof(input.YouthReached), $"{youth}人超出合理范围（{LevelText(unit.Level)}一次活动不超过{MaxYouth(unit.Level)}人），请核对。");
            }
        }

        long? venueId = null;
        if (!string.IsNullOrWhiteSpace(input.VenueUnitId))
        {
            // A venue is one the form offered (an active unit in the scope), or the one already recorded
            // (an upper-level recorder may have chosen a venue this user cannot see: it stays as it was).
            venueId = long.TryParse(input.VenueUnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                && (v == activity.VenueUnitId || await db.Units.AnyAsync(u => u.Id == v && u.IsActive, ct)) ? v : null;
            if (venueId is null)
            {
                Fail(nameof(input.VenueUnitId), "请从列表中选择活动场所。");
            }
        }

        long? planTaskId = null;
        if (!string.IsNullOrWhiteSpace(input.PlanTaskId))
        {
            // Only a task assigned within the user's scope can take this activity as evidence.
            planTaskId = long.TryParse(input.PlanTaskId, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                && await db.TaskAssignments.AnyAsync(a => a.TaskId == t, ct) ? t : null;
            if (planTaskId is null)
            {
                Fail(nameof(input.PlanTaskId), "请从列表中选择计划任务。");
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        activity.Title = title.Length == 0 ? "（未命名草稿）" : title;
        activity.Category = category;
        activity.Theme = Blank(input.Theme);
        activity.Status = status;
        activity.Date = date!.Value;
        activity.StartTime = start;
        activity.EndTime = end;
        activity.Place = Blank(input.Place);
        activity.Partners = partners;
        activity.YouthReached = youth;
        activity.YouthGroups = groups;
        activity.Summary = Blank(input.Summary);
        activity.UnitId = unit!.Id;
        activity.UnitPath = unit.Path;
        activity.VenueUnitId = venueId;
        activity.PlanTaskId = planTaskId;
        return errors;
    }

    /// <summary>The wanted hours per volunteer, after checking each volunteer is in scope and no one serves over 24 hours a day.</summary>
    private async Task<Dictionary<long, decimal>> CheckServedAsync(Activity activity, ActivityInput input, Dictionary<long, decimal>? current, List<FieldError> errors, CancellationToken ct)
    {
        var wanted = new Dictionary<long, decimal>();
        if (input.Served is null || input.Served.Any(x => x is null))
        {
            errors.Add(new FieldError("Served", "服务五老名单中有空项。"));
            return wanted;
        }

        foreach (var s in input.Served)
        {
            if (!decimal.TryParse(s.Hours?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours <= 0 || hours > 24 || decimal.Round(hours, 1) != hours)
            {
                errors.Add(new FieldError("Served", "每位五老的服务时长须在0.5到24小时之间（最多一位小数）。"));
                return wanted;
            }

            wanted[s.VolunteerId] = hours;
        }

        if (wanted.Count == 0)
        {
            return wanted;
        }

        if (activity.Status != ActivityStatus.Completed)
        {
            errors.Add(new FieldError("Served", "只有已开展的活动才能登记服务时长。"));
            return wanted;
        }

        if (string.IsNullOrWhiteSpace(input.OnBehalfReason) || input.OnBehalfReason.Trim().Length > 200)
        {
            errors.Add(new FieldError(nameof(input.OnBehalfReason), "代录服务时长须写明原因（不超过200字）。"));
        }

        var ids = wanted.Keys.ToList();
        var names = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        if (names.Count != ids.Count)
        {
            errors.Add(new FieldError("Served", "所选五老中有不在名册或不在您管理范围内的，请刷新后重选。"));
            return wanted;
        }

        // Other activities of the same day count towards the 24 hours, wherever they were held: only the sum is read.
        Dictionary<long, decimal> sameDay;
        using (db.Scope.ReadOutside(OutsideReasons.VolunteerDayTotal))
        {
            sameDay = (await db.ServiceHourEntries.AsNoTracking()
                    .Where(e => ids.Contains(e.VolunteerId) && e.Date == activity.Date && e.ActivityId != activity.Id)
                    .GroupBy(e => e.VolunteerId).Select(g => new { g.Key, Tenths = g.Sum(e => e.Tenths) }).ToListAsync(ct))
                .ToDictionary(g => g.Key, g => g.Tenths / 10m);
        }
        foreach (var (volunteerId, hours) in wanted)
        {
            var other = sameDay.GetValueOrDefault(volunteerId);
            if (other + hours > 24)
            {
                // The other activities may lie outside the scope: say that the day is full, not where the hours are.
                errors.Add(new FieldError("Served", $"{names[volunteerId]}在{ChinaTime.Date(activity.Date)}的服务时长合计将超过一天24小时，请核对。"));
            }
        }

        return wanted;
    }

    /// <summary>
    /// New hours are new lines; changed or removed hours first reverse, line by line, what stands, so
    /// every correction names the line it corrects.
    /// </summary>
    private async Task AddLedgerLinesAsync(Activity activity, Dictionary<long, decimal> wanted, Dictionary<long, decimal> current, string? reason, CancellationToken ct)
    {
        var changed = current.Keys.Union(wanted.Keys).Where(id => current.GetValueOrDefault(id) != wanted.GetValueOrDefault(id)).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var lines = await db.ServiceHourEntries.AsNoTracking().Where(e => e.ActivityId == activity.Id && changed.Contains(e.VolunteerId)).ToListAsync(ct);
        var reversed = lines.Where(l => l.ReversesEntryId is not null).Select(l => l.ReversesEntryId!.Value).ToHashSet();
        foreach (var volunteerId in changed)
        {
            foreach (var standing in lines.Where(l => l.VolunteerId == volunteerId && l.Tenths > 0 && l.ReversesEntryId is null && !reversed.Contains(l.Id)))
            {
                var reversal = Line(activity, volunteerId, -standing.Hours, "更正：冲销原登记");
                reversal.ReversesEntryId = standing.Id;
                db.ServiceHourEntries.Add(reversal);
            }

            if (wanted.GetValueOrDefault(volunteerId) is var now and not 0)
            {
                db.ServiceHourEntries.Add(Line(activity, volunteerId, now, reason?.Trim()));
            }
        }
    }

    private ServiceHourEntry Line(Activity activity, long volunteerId, decimal hours, string? reason) => new()
    {
        ActivityId = activity.Id,
        VolunteerId = volunteerId,
        UnitId = activity.UnitId,
        UnitPath = activity.UnitPath,
        Date = activity.Date,
        Hours = hours,
        OnBehalf = true,
        Reason = reason,
        EnteredByUserId = me.UserId,
        EnteredByName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
    };

    private async Task<List<EvidenceFiles.Stored>> StoreFilesAsync(Activity activity, IReadOnlyList<EvidenceFiles.Upload> uploads, int existing, List<FieldError> errors, CancellationToken ct)
    {
        if (existing + uploads.Count > EvidenceFiles.MaxFilesPerActivity)
        {
            errors.Add(new FieldError("Files", $"每个活动最多{EvidenceFiles.MaxFilesPerActivity}个附件。"));
            return [];
        }

        var (stored, refused) = await files.StoreAllAsync(uploads, ct);
        errors.AddRange(refused.Select(e => new FieldError("Files", e)));
        activity.Files.AddRange(stored.Select(f => new ActivityFile { FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, HasThumbnail = f.HasThumbnail, UnitId = activity.UnitId, UnitPath = activity.UnitPath }));
        return stored;
    }

    private void Forget(IEnumerable<EvidenceFiles.Stored> stored) => files.DeleteAll(stored);

    public static int MaxYouth(UnitLevel level) => level switch
    {
        UnitLevel.Village => 3000,
        UnitLevel.Town => 20000,
        _ => 200000,
    };

    private static string LevelText(UnitLevel level) => level == UnitLevel.Village ? "村、社区、学校等基层单位" : Components.Shared.EnumText.Of(level) + "级单位";

    private static TimeOnly? ParseTime(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return t;
        }

        errors.Add(new FieldError(field, "时间格式应如 14:30。"));
        return null;
    }

    private static string? JoinTags(string? text) => People.SpecialtyText.Normalize(text);

    private static void CheckLength(string? value, int max, string field, string label, List<FieldError> errors)
    {
        if (value is { } v && v.Trim().Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// The service-hour ledger (append-only <see cref="ServiceHourEntry"/> lines), the one place that
/// writes it: a recorder's entries and corrections on an activity, and a volunteer's check-in and
/// check-out (<see cref="CheckIn"/>).
/// </summary>
public sealed class HourLedger(GuangongDbContext db, CurrentUser me, People.TownVolunteers townVolunteers) : People.IServiceHourTotals
{
    /// <summary>A volunteer's net hours over the whole ledger, within the scope.</summary>
    public async Task<decimal> TotalHoursAsync(long volunteerId, CancellationToken ct) =>
        (await db.ServiceHourEntries.Where(e => e.VolunteerId == volunteerId).SumAsync(e => (int?)e.Tenths, ct) ?? 0) / 10m;

    /// <summary>Net hours per volunteer on an activity, summed over the ledger.</summary>
    public async Task<Dictionary<long, decimal>> CurrentHoursAsync(long activityId, CancellationToken ct) =>
        (await db.ServiceHourEntries.AsNoTracking().Where(e => e.ActivityId == activityId)
                .GroupBy(e => e.VolunteerId).Select(g => new { g.Key, Tenths = g.Sum(e => e.Tenths) }).ToListAsync(ct))
            .Where(g => g.Tenths != 0).ToDictionary(g => g.Key, g => g.Tenths / 10m);

    /// <summary>The wanted hours per volunteer, after checking each volunteer is in scope and no one serves over 24 hours a day.</summary>
    /// <summary>
    /// The hours each volunteer is to be credited on an activity, as typed in its form: each within
    /// 0.5–24 hours, only on an activity that took place, with a reason for entering them on the
    /// volunteers' behalf, for volunteers in the scope, and no day over 24 hours in all.
    /// </summary>
    public async Task<Dictionary<long, decimal>> CheckServedAsync(Activity activity, ActivityInput input, Dictionary<long, decimal>? current, List<FieldError> errors, CancellationToken ct)
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
        var found = await townVolunteers.NamesAsync(ids, ct);
        if (found.Count != ids.Count)
        {
            errors.Add(new FieldError("Served", "所选五老中有不在名册或不在您管理范围内的，请刷新后重选。"));
            return wanted;
        }

        // Newly named, a volunteer must be on the roster now, as the form offers only those (a kept draft or a name
        // found before they left could still send one); who already served on the activity stays named whatever since.
        var leftRoster = found.Values.Where(v => !v.IsActive && current?.ContainsKey(v.Id) != true).Select(v => v.Name).ToList();
        if (leftRoster.Count > 0)
        {
            errors.Add(new FieldError("Served", $"{string.Join("、", leftRoster)}目前不在册，不能新登记服务时长，请取消勾选。"));
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
                errors.Add(new FieldError("Served", $"{found[volunteerId].Name}在{ChinaTime.Date(activity.Date)}的服务时长合计将超过一天24小时，请核对。"));
            }
        }

        return wanted;
    }

    /// <summary>
    /// New hours are new lines; changed or removed hours first reverse, line by line, what stands, so
    /// every correction names the line it corrects.
    /// </summary>
    public async Task AddLinesAsync(Activity activity, Dictionary<long, decimal> wanted, Dictionary<long, decimal> current, string? reason, CancellationToken ct)
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
                var reversal = Line(activity, volunteerId, -standing.Hours, "更正：冲销原登记", onBehalf: true);
                reversal.ReversesEntryId = standing.Id;
                db.ServiceHourEntries.Add(reversal);
            }

            if (wanted.GetValueOrDefault(volunteerId) is var now and not 0)
            {
                db.ServiceHourEntries.Add(Line(activity, volunteerId, now, reason?.Trim(), onBehalf: true));
            }
        }
    }

    /// <summary>
    /// Keeps the lines of a patrol or an inspection in step with it: when what stands (volunteer, unit,
    /// date, hours) differs from <paramref name="wanted"/>, every standing line is reversed (on its own
    /// date, so a closed month refuses the change) and one new line is added; null wanted (the record
    /// deleted, or not finished) leaves the net at zero. Called before the owner's save, so the lines and
    /// the record are written in one transaction. Counted once: the net per source is at most one line.
    /// </summary>
    public async Task SetSourceHoursAsync(ServiceSource source, long sourceId, SourceHours? wanted, CancellationToken ct)
    {
        if (source == ServiceSource.Activity)
        {
            throw new ArgumentOutOfRangeException(nameof(source), "Activity lines are kept by AddLinesAsync.");
        }

        var lines = await db.ServiceHourEntries.AsNoTracking().Where(e => e.Source == source && e.SourceId == sourceId).ToListAsync(ct);
        var reversed = lines.Where(l => l.ReversesEntryId is not null).Select(l => l.ReversesEntryId!.Value).ToHashSet();
        var standing = lines.Where(l => l.Tenths > 0 && l.ReversesEntryId is null && !reversed.Contains(l.Id)).ToList();
        if (wanted is not null && standing.Count == 1 && standing[0] is var only
            && only.VolunteerId == wanted.VolunteerId && only.UnitId == wanted.UnitId && only.Date == wanted.Date && only.Tenths == (int)decimal.Round(wanted.Hours * 10m)
            && only.SourceTitle == wanted.Title)
        {
            return;
        }

        foreach (var line in standing)
        {
            db.ServiceHourEntries.Add(new ServiceHourEntry
            {
                Source = source, SourceId = sourceId, SourceTitle = line.SourceTitle, VolunteerId = line.VolunteerId, UnitId = line.UnitId, UnitPath = line.UnitPath,
                Date = line.Date, Tenths = -line.Tenths, Verified = line.Verified, OnBehalf = line.OnBehalf, ReversesEntryId = line.Id,
                Reason = wanted is null ? "更正：记录已删除，冲销原登记" : "更正：冲销原登记", EnteredByUserId = me.UserId, EnteredByName = Who,
            });
        }

        if (wanted is { Hours: > 0 })
        {
            db.ServiceHourEntries.Add(new ServiceHourEntry
            {
                Source = source, SourceId = sourceId, SourceTitle = wanted.Title, VolunteerId = wanted.VolunteerId, UnitId = wanted.UnitId, UnitPath = wanted.UnitPath,
                // Verified by a check-in and a check-out (a patrol); an inspection's typed hours are registered, not verified.
                Date = wanted.Date, Hours = wanted.Hours, Verified = wanted.StartUtc is not null && wanted.EndUtc is not null, OnBehalf = false, CheckInUtc = wanted.StartUtc, CheckOutUtc = wanted.EndUtc,
                Reason = standing.Count == 0 ? EnumText.Of(source) : $"更正：{EnumText.Of(source)}记录修改", EnteredByUserId = me.UserId, EnteredByName = Who,
            });
        }
    }

    private string Who => me.DisplayName.Length > 0 ? me.DisplayName : me.UserName.Length > 0 ? me.UserName : "系统";

    /// <summary>
    /// One line of the ledger for a volunteer on an activity, in the activity's unit: entered on their
    /// behalf by a recorder, or by the volunteer themselves at check-in/out (with the times, verified on check-out).
    /// </summary>
    public ServiceHourEntry Line(Activity activity, long volunteerId, decimal hours, string? reason, bool onBehalf, DateTime? checkInUtc = null, DateTime? checkOutUtc = null) => new()
    {
        ActivityId = activity.Id,
        VolunteerId = volunteerId,
        UnitId = activity.UnitId,
        UnitPath = activity.UnitPath,
        Date = activity.Date,
        Hours = hours,
        Verified = !onBehalf && checkOutUtc is not null,
        CheckInUtc = checkInUtc,
        CheckOutUtc = checkOutUtc,
        OnBehalf = onBehalf,
        Reason = reason,
        EnteredByUserId = me.UserId,
        EnteredByName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
    };
}

/// <summary>
/// The hours a patrol or an inspection credits its volunteer: verified service (the record itself, with
/// its times, is the evidence), in the record's unit, on its day in China time.
/// </summary>
public sealed record SourceHours(long VolunteerId, long UnitId, string UnitPath, DateOnly Date, decimal Hours, string Title, DateTime? StartUtc = null, DateTime? EndUtc = null);

using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// A volunteer checks in and out on their own phone with the activity's six-digit code; the hours
/// between are credited as verified. The code is the permission: the activity may belong to a unit
/// outside the volunteer's own scope (a town event for a village volunteer), so these two writes
/// run elevated and are audited.
/// </summary>
public sealed class CheckIn(GuangongDbContext db, DataScope scope, HourLedger ledger, CurrentUser me, TimeProvider clock)
{
    public const string RateLimitPolicy = "checkin";

    /// <summary>Whether a request tries a code (a post, the API, or the page asked for one): what the rate limit counts.</summary>
    public static bool TriesCode(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) || request.Path.StartsWithSegments("/api") || !string.IsNullOrEmpty(request.Query["code"]);

    public sealed record State(Activity Activity, string UnitName, long VolunteerId, string VolunteerName, DateTime? CheckedInUtc, decimal? CreditedHours);

    public async Task<(State? State, string? Error)> FindAsync(string? code, CancellationToken ct = default)
    {
        var volunteer = await MyVolunteerAsync(ct);
        if (volunteer is null)
        {
            return (null, "您的账号没有关联五老名册中的人员，请联系镇关工委干事。");
        }

        code = code?.Trim();
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            return (null, "请输入6位数字签到码。");
        }

        using var _ = scope.ReadOutside(OutsideReasons.CheckInByCode);
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.CheckInCode == code, ct);
        if (activity is null)
        {
            return (null, "签到码不正确，或该活动已关闭签到。");
        }

        if (activity.Date != Infrastructure.Time.ChinaTime.Today(clock))
        {
            return (null, $"该活动的日期是{Infrastructure.Time.ChinaTime.Date(activity.Date)}，只能在活动当天签到。");
        }

        var unitName = await db.Units.Where(u => u.Id == activity.UnitId).Select(u => u.Name).SingleAsync(ct);
        var lines = await db.ServiceHourEntries.AsNoTracking().Where(e => e.ActivityId == activity.Id && e.VolunteerId == volunteer.Value.Id).ToListAsync(ct);
        var checkedIn = lines.Where(l => l.CheckInUtc != null && l.CheckOutUtc == null && l.Tenths == 0).Select(l => l.CheckInUtc).LastOrDefault();
        var credited = lines.Where(l => l.Verified).Sum(l => l.Hours);
        return (new State(activity, unitName, volunteer.Value.Id, volunteer.Value.Name, lines.Any(l => l.Verified) ? null : checkedIn, lines.Any(l => l.Verified) ? credited : null), null);
    }

    public async Task<(State? State, string? Error)> CheckInAsync(string? code, CancellationToken ct = default)
    {
        var (state, error) = await FindAsync(code, ct);
        if (state is null || state.CheckedInUtc is not null || state.CreditedHours is not null)
        {
            return (state, error);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ActivityHours.RefusesCheckIn(state.Activity, now) is { } refusal)
        {
            return (state, refusal);
        }

        using (scope.ReadOutside(OutsideReasons.CheckInByCode))
        {
            db.ServiceHourEntries.Add(ledger.Line(state.Activity, state.VolunteerId, 0, "签到", onBehalf: false, checkInUtc: now));
            await db.SaveChangesAsync(ct);
        }

        return await FindAsync(code, ct);
    }

    /// <summary>A check-out this soon after the check-in is more likely a second tap by mistake than an activity over: it is asked once more.</summary>
    public static readonly TimeSpan EarlyCheckOut = TimeSpan.FromMinutes(15);

    /// <param name="sure">The volunteer answered 再点一次 to the question an early check-out gets.</param>
    public async Task<(State? State, string? Error)> CheckOutAsync(string? code, bool sure = false, CancellationToken ct = default)
    {
        var (state, error) = await FindAsync(code, ct);
        if (state?.CheckedInUtc is not { } inUtc)
        {
            return (state, error ?? (state?.CreditedHours is null ? "请先签到。" : null));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ActivityHours.RefusesCheckOut(state.Activity, now) is { } refusal)
        {
            return (state, refusal);
        }

        if (!sure && now - inUtc < EarlyCheckOut)
        {
            var minutes = Math.Max(1, (int)(now - inUtc).TotalMinutes);
            return (state, $"您{minutes}分钟前刚签到，现在签退只记{ServiceSpan.Hours(inUtc, now):0.#}小时。活动结束时再签退；如果活动确实已经结束，请再点一次“签退”。");
        }

        var (fromUtc, toUtc) = ActivityHours.Served(state.Activity, inUtc, now);
        var hours = ServiceSpan.Hours(fromUtc, toUtc);
        using (scope.ReadOutside(OutsideReasons.CheckInByCode))
        {
            var line = ledger.Line(state.Activity, state.VolunteerId, hours, "签退", onBehalf: false, inUtc, now);
            line.CheckOutKey = $"{state.Activity.Id}:{state.VolunteerId}";
            db.ServiceHourEntries.Add(line);
            var activity = await db.Activities.SingleAsync(a => a.Id == state.Activity.Id, ct);
            // Service checked out on the day is the activity held: a planned one is held now, as its hours count.
            var held = activity.Status == ActivityStatus.Planned;
            if (held)
            {
                activity.Status = ActivityStatus.Completed;
            }

            db.AddAuditEvent(AuditActions.Update, nameof(ServiceHourEntry), state.Activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{state.VolunteerName}签到签退，核实服务{hours:0.#}小时{(held ? "；活动由计划中记为已开展" : null)}", state.Activity.UnitPath);

            // The activity's version moves, so a recorder's form opened before this check-out cannot reverse it unseen.
            db.Entry(activity).Property(a => a.Version).IsModified = true;
            activity.VolunteerCount = (await db.ServiceHourEntries.Where(e => e.ActivityId == activity.Id && e.VolunteerId != state.VolunteerId)
                .GroupBy(e => e.VolunteerId).Select(g => g.Sum(e => e.Tenths)).ToListAsync(ct)).Count(t => t != 0) + 1;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Checked out twice at once (a double tap on a slow network): the first one counts.
                db.ChangeTracker.Clear();
            }
        }

        return await FindAsync(code, ct);
    }

    private async Task<(long Id, string Name)?> MyVolunteerAsync(CancellationToken ct)
    {
        using var _ = scope.ReadOutside(OutsideReasons.CheckInByCode);
        var v = await db.Volunteers.AsNoTracking().Where(v => v.UserId == me.UserId && me.UserId != 0).Select(v => new { v.Id, v.Name }).FirstOrDefaultAsync(ct);
        return v is null ? null : (v.Id, v.Name);
    }
}

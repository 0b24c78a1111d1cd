using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>A volunteer's own page: their hours this year and in all, their star level and the activities they served at.</summary>
public sealed class MyService(GuangongDbContext db, ServiceHours hours, CurrentUser me, TimeProvider clock)
{
    /// <summary>Null when the account is linked to no volunteer in the roster.</summary>
    public async Task<MyServiceView?> LoadAsync(CancellationToken ct = default)
    {
        var volunteerId = await db.Volunteers.AsNoTracking().Where(v => v.UserId == me.UserId).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        if (volunteerId is null)
        {
            return null;
        }

        var today = ChinaTime.Today(clock);
        IReadOnlyList<VolunteerActivityHours> lines;

        // A volunteer's own hours include those served at activities of units above their own (a town
        // event for a village volunteer); reading one's own ledger lines is not reading another unit's data.
        using (db.Scope.ReadOutside(OutsideReasons.OwnServiceHours))
        {
            lines = (await hours.ForVolunteerAsync(volunteerId.Value, new DateOnly(2000, 1, 1), today, ct)).OrderByDescending(l => l.Date).ToList();
        }

        var total = lines.Sum(l => l.Hours);
        return new MyServiceView(today.Year, lines.Where(l => l.Date.Year == today.Year).Sum(l => l.Hours), total, hours.StarsFor(total), lines)
        {
            NextStarAt = hours.StarThresholds.Where(t => total < t).Select(t => (int?)t).FirstOrDefault(),
        };
    }
}

public sealed record MyServiceView(int Year, decimal YearHours, decimal TotalHours, int Stars, IReadOnlyList<VolunteerActivityHours> Lines)
{
    /// <summary>The total hours that give the next star, if there is one: an elder sees why they have none yet.</summary>
    public int? NextStarAt { get; init; }
}

using Guangong.Web.Features.Activities;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Home;

/// <summary>The start page's counts for the year, all through the scope filter.</summary>
public sealed class HomeFigures(GuangongDbContext db)
{
    public async Task<(int Volunteers, int Activities, decimal Hours)> YearAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var volunteers = await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Active, ct);
        var activities = await db.Activities.CountAsync(a => a.Status == ActivityStatus.Completed && a.Date >= from, ct);
        var hours = (await db.ServiceHourEntries.Where(e => e.Date >= from).SumAsync(e => (int?)e.Tenths, ct) ?? 0) / 10m;
        return (volunteers, activities, hours);
    }
}

using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>Active volunteers nobody has visited for a while ("定期关注五老队伍的身心健康").</summary>
public sealed class VolunteerCare(GuangongDbContext db, TimeProvider clock, IConfiguration configuration)
{
    public int DefaultDays => configuration.GetValue<int?>("People:VisitIntervalDays") ?? 90;

    /// <summary>The interval asked for in the query string (1 to 3650 days), or null when it makes no sense.</summary>
    public static int? ParseDays(string? text) => int.TryParse(text, out var d) && d is >= 1 and <= 3650 ? d : null;

    /// <summary>How many active volunteers are due a care visit (none for <see cref="DefaultDays"/> days): the home page's to-do.
    /// A range of the (Status, UnitPath, LastVisitOn) index, whatever the number of visits.</summary>
    public Task<int> DueCountAsync(CancellationToken ct = default)
    {
        var since = ChinaTime.Today(clock).AddDays(-DefaultDays);
        return db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Active && (v.LastVisitOn == null || v.LastVisitOn < since), ct);
    }

    public async Task<IReadOnlyList<CareRow>> NotVisitedAsync(int days, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var since = today.AddDays(-days);
        var rows = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Active)
            .Select(v => new
            {
                v.Id,
                v.Name,
                v.BirthYear,
                v.Phone,
                UnitName = v.Unit!.Name,
                LastVisit = v.LastVisitOn,
            })
            .Where(v => v.LastVisit == null || v.LastVisit < since)
            .ToListAsync(ct);

        // Never visited first, then the longest wait; the oldest volunteers first among equals.
        return rows
            .Select(r => new CareRow(r.Id, r.Name, today.Year - r.BirthYear, r.Phone, r.UnitName, r.LastVisit, r.LastVisit is { } d ? today.DayNumber - d.DayNumber : null))
            .OrderBy(r => r.LastVisit.HasValue).ThenBy(r => r.LastVisit).ThenByDescending(r => r.Age)
            .ToList();
    }
}

public sealed record CareRow(long Id, string Name, int Age, string? Phone, string UnitName, DateOnly? LastVisit, int? DaysSince);

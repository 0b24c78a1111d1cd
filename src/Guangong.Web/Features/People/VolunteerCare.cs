using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>Active volunteers nobody has visited for a while ("定期关注五老队伍的身心健康").</summary>
public sealed class VolunteerCare(GuangongDbContext db, TownNamedUnits townNames, TimeProvider clock, IConfiguration configuration)
{
    public int DefaultDays => configuration.GetValue<int?>("People:VisitIntervalDays") ?? 90;

    /// <summary>The interval asked for in the query string (1 to 3650 days), or null when it makes no sense.</summary>
    public static int? ParseDays(string? text) => int.TryParse(text, out var d) && d is >= 1 and <= 3650 ? d : null;

    /// <summary>How many active volunteers are due a care visit (none for <see cref="DefaultDays"/> days): the home page's to-do.
    /// A range of the (Status, UnitPath, LastVisitOn) index, whatever the number of visits; counted up to one more than
    /// <paramref name="cap"/> (a province's 900,000 took 0.15 s on every start page, to be read as "1000+").</summary>
    public Task<int> DueCountAsync(int cap, CancellationToken ct = default) =>
        Due(ChinaTime.Today(clock).AddDays(-DefaultDays)).CountUpToAsync(cap, ct);

    /// <summary>One page of the volunteers due a visit, sorted in the database: a district's thousands are not loaded to show twenty.</summary>
    public async Task<PagedList<CareRow>> PageAsync(int days, int page, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var found = await Sorted(today.AddDays(-days)).ToPagedListAsync(page, ct: ct);
        return found.With(await OnAsync(found.Items, today, ct));
    }

    /// <summary>Every volunteer due a visit, for the export.</summary>
    public async Task<IReadOnlyList<CareRow>> NotVisitedAsync(int days, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        return await OnAsync(await Sorted(today.AddDays(-days)).ToListAsync(ct), today, ct);
    }

    /// <summary>The rows as shown on <paramref name="today"/>, each unit named for the reader (a district's with its town).</summary>
    private async Task<IReadOnlyList<CareRow>> OnAsync(IReadOnlyList<DueRow> rows, DateOnly today, CancellationToken ct)
    {
        var named = await townNames.ForAsync(rows.Select(r => r.UnitPath), ct);
        return [.. rows.Select(r => r.On(today) with { UnitName = named(r.UnitPath, r.UnitName) })];
    }

    /// <summary>Active volunteers not visited since <paramref name="since"/>: the count, the list and the export read the same.</summary>
    private IQueryable<Volunteer> Due(DateOnly since) =>
        db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active && (v.LastVisitOn == null || v.LastVisitOn < since));

    // Never visited first, then the longest wait; the oldest volunteers first among equals.
    private IQueryable<DueRow> Sorted(DateOnly since) => Due(since)
        .OrderBy(v => v.LastVisitOn != null).ThenBy(v => v.LastVisitOn).ThenBy(v => v.BirthYear).ThenBy(v => v.Id)
        .Select(v => new DueRow(v.Id, v.Name, v.BirthYear, v.Phone, v.Unit!.Name, v.UnitPath, v.LastVisitOn));

    private sealed record DueRow(long Id, string Name, int BirthYear, string? Phone, string UnitName, string UnitPath, DateOnly? LastVisit)
    {
        public CareRow On(DateOnly today) =>
            new(Id, Name, today.Year - BirthYear, Phone, UnitName, LastVisit, LastVisit is { } d ? today.DayNumber - d.DayNumber : null);
    }
}

public sealed record CareRow(long Id, string Name, int Age, string? Phone, string UnitName, DateOnly? LastVisit, int? DaysSince);

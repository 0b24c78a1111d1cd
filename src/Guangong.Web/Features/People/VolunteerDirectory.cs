using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>Reads the roster: the filtered list, one volunteer's profile, and the units to choose from.</summary>
public sealed class VolunteerDirectory(GuangongDbContext db, IServiceHourTotals hours, TownNamedUnits townNames, TimeProvider clock, CurrentUser me)
{
    /// <summary>
    /// From this many volunteers in the filter's reach a page by name walks the name index (on SQLite) instead of sorting
    /// the scope's rows: a district's ~90,000 of a county's 100,000 sorted to show 20 took 35 ms, the walk stops after
    /// the page (issue 18.3). A village's few hundred are found by their path range and sorted, as SQLite plans anyway.
    /// </summary>
    private const int LargeScope = 2_000;

    /// <summary>A page of the roster the filter picks, counted by the scope's range and read by the plan its size suits.</summary>
    public async Task<PagedList<VolunteerRow>> PageAsync(VolunteerFilter filter, int page, int pageSize = PagedListExtensions.DefaultPageSize, CancellationToken ct = default)
    {
        var path = await UnitPathAsync(filter, ct);
        var rows = Rows(Ordered(Filtered(db.Volunteers, filter, path), filter));

        // A search by text reads the whole range either way; only a plain list by name walks the index.
        var walk = filter.Sort is not ("age" or "unit") && string.IsNullOrWhiteSpace(filter.Q) && db.OnSqlite;
        var found = await rows.ToPagedListAsync(
            count => walk && count >= LargeScope ? Rows(Ordered(Filtered(db.ByIndex<Volunteer>(nameof(Volunteer.Name), nameof(Volunteer.BirthYear)), filter, path), filter)) : rows,
            page,
            pageSize,
            ct);
        var named = await townNames.ForAsync(found.Items.Select(v => v.UnitPath), ct);
        return found.With<VolunteerRow>([.. found.Items.Select(v => v with { UnitName = named(v.UnitPath, v.UnitName) })]);
    }

    /// <summary>The volunteers the filter picks, in its order, with every field (the roster export writes them all).</summary>
    public async Task<IQueryable<Volunteer>> FilteredAsync(VolunteerFilter filter, CancellationToken ct = default) =>
        Ordered(Filtered(db.Volunteers, filter, await UnitPathAsync(filter, ct)), filter);

    private static IQueryable<VolunteerRow> Rows(IQueryable<Volunteer> query) =>
        query.Select(v => new VolunteerRow(v.Id, v.Name, v.Gender, v.BirthYear, v.Phone, v.Category, v.Layer, v.Status, v.Specialties, v.UnitId, v.Unit!.Name, v.UnitPath));

    private async Task<string?> UnitPathAsync(VolunteerFilter filter, CancellationToken ct) =>
        filter.UnitId is { } unitId ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "?" : null;

    /// <summary>By name, then birth year and id: the name index's own order, so walking it needs no sort.</summary>
    private static IQueryable<Volunteer> Ordered(IQueryable<Volunteer> query, VolunteerFilter filter) => (filter.Sort, filter.Descending) switch
    {
        ("age", false) => query.OrderBy(v => v.BirthYear).ThenBy(v => v.Id),
        ("age", true) => query.OrderByDescending(v => v.BirthYear).ThenBy(v => v.Id),
        ("unit", false) => query.OrderBy(v => v.UnitPath).ThenBy(v => v.Name).ThenBy(v => v.Id),
        ("unit", true) => query.OrderByDescending(v => v.UnitPath).ThenBy(v => v.Name).ThenBy(v => v.Id),
        ("name", true) => query.OrderByDescending(v => v.Name).ThenByDescending(v => v.BirthYear).ThenByDescending(v => v.Id),
        _ => query.OrderBy(v => v.Name).ThenBy(v => v.BirthYear).ThenBy(v => v.Id),
    };

    private IQueryable<Volunteer> Filtered(IQueryable<Volunteer> source, VolunteerFilter filter, string? unitPath)
    {
        var query = source.AsNoTracking();
        if (unitPath is not null)
        {
            // The chosen unit and everything below it: the same one-range comparison as the scope filter.
            query = query.InSubtree(unitPath, db.Scope);
        }

        if (filter.StatusValue is { } status)
        {
            query = query.Where(v => v.Status == status);
        }
        else if (!filter.IsAll)
        {
            query = query.Where(v => v.Status == VolunteerStatus.Active);
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = filter.Category == "none" ? query.Where(v => v.Category == null) : query.Where(v => v.Category == filter.Category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Layer))
        {
            query = query.Where(v => v.Layer == filter.Layer);
        }

        var band = VolunteerFilter.AgeBands.FirstOrDefault(b => b.Key == filter.Age);
        if (band.Key is not null)
        {
            var year = ChinaTime.Today(clock).Year;
            int youngest = year - band.Min, oldest = year - band.Max;
            query = query.Where(v => v.BirthYear <= youngest && v.BirthYear >= oldest);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(v => v.Name.Contains(q) || (v.Specialties != null && v.Specialties.Contains(q)) || (v.FormerUnit != null && v.FormerUnit.Contains(q)) || (v.Phone != null && v.Phone.Contains(q)));
        }

        return query;
    }

    public Task<Volunteer?> FindAsync(long id, CancellationToken ct = default) => db.FindInScopeAsync<Volunteer>(id, ct);

    /// <summary>The record for its edit form, which shows the whole phone number to be corrected: a reading audited as the detail page's 显示完整号码 is.</summary>
    public async Task<Volunteer?> ForEditAsync(long id, CancellationToken ct = default)
    {
        var volunteer = await FindAsync(id, ct);
        if (volunteer?.Phone is not null)
        {
            await db.AuditViewAsync(nameof(Volunteer), id, "打开编辑表单，查看五老的完整联系电话", volunteer.UnitPath, ct);
        }

        return volunteer;
    }

    /// <summary>Whether this user may read a volunteer's whole phone number (and so call them), and what their care visits found.</summary>
    public bool MayCall => me.Can(Policies.CanManageRoster);

    /// <summary>
    /// A volunteer's record with its history. The phone number is personal data: the page shows it
    /// masked until asked (<paramref name="fullPhone"/>), and every reading of the full number is audited.
    /// What a care visit found (health, needs, follow-up) is for those who keep the roster; a reader above sees
    /// when and by whom the volunteer was visited.
    /// </summary>
    public async Task<VolunteerProfile?> ProfileAsync(long id, bool fullPhone, CancellationToken ct = default)
    {
        var volunteer = await db.FindInScopeAsync<Volunteer>(id, ct);
        if (volunteer is null)
        {
            return null;
        }

        var unitName = await db.Units.Where(u => u.Id == volunteer.UnitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        unitName = (await townNames.ForAsync([volunteer.UnitPath], ct))(volunteer.UnitPath, unitName);
        var history = await db.VolunteerStatusChanges.AsNoTracking().Where(c => c.VolunteerId == id)
            .OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(ct);
        var visits = await db.VolunteerVisits.AsNoTracking().Where(c => c.VolunteerId == id)
            .OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(ct);
        if (!MayCall)
        {
            visits = [.. visits.Select(c => new VolunteerVisit { Id = c.Id, VolunteerId = c.VolunteerId, UnitId = c.UnitId, UnitPath = c.UnitPath, Date = c.Date, VisitedBy = c.VisitedBy })];
        }

        var trainings = await db.TrainingAttendances.AsNoTracking().Where(a => a.VolunteerId == id)
            .Select(a => new TrainingLine(a.SessionId, a.Session!.Topic, a.Session.Kind, a.Session.Date, a.Session.Hours))
            .ToListAsync(ct);
        var serviceHours = await hours.TotalHoursAsync(id, ct);
        // The whole number is for those who keep the roster and call the volunteers; a reader (上级查看) sees it masked.
        var whole = fullPhone && MayCall && volunteer.Phone is not null;
        if (whole)
        {
            await db.AuditViewAsync(nameof(Volunteer), id, "查看五老的完整联系电话", volunteer.UnitPath, ct);
        }

        return new VolunteerProfile(volunteer, unitName, history, visits, trainings.OrderByDescending(t => t.Date).ToList(), serviceHours) { WholePhone = whole, VisitFindings = MayCall };
    }

    public int AgeOf(int birthYear) => ChinaTime.Today(clock).Year - birthYear;
}

public sealed record TrainingLine(long SessionId, string Topic, string Kind, DateOnly Date, decimal Hours);

public sealed record VolunteerProfile(
    Volunteer Volunteer,
    string UnitName,
    IReadOnlyList<VolunteerStatusChange> History,
    IReadOnlyList<VolunteerVisit> Visits,
    IReadOnlyList<TrainingLine> Trainings,
    decimal ServiceHours)
{
    /// <summary>Whether the whole phone number was asked for, may be read, and was logged as read.</summary>
    public bool WholePhone { get; init; }

    /// <summary>Whether the visits carry what they found (health, needs, follow-up), or only their date and visitor.</summary>
    public bool VisitFindings { get; init; }

    public string? PhoneShown => WholePhone ? Volunteer.Phone : Infrastructure.Text.PhoneMask.Mask(Volunteer.Phone);
}

using System.Linq.Expressions;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>A volunteer as another unit of the town sees them: enough to name them, and whether the record is the reader's to open.</summary>
public sealed record TownVolunteer(long Id, string Name, string UnitName, string UnitPath, bool IsActive, bool InScope);

/// <summary>
/// The one door through which a recorder below a town reads the town's 五老 (<see cref="OutsideReasons.TownVolunteers"/>):
/// a school's activity may credit a village's volunteer. A scope at the town or above reads through
/// the scope as always; nothing here writes.
/// </summary>
public sealed class TownVolunteers(GuangongDbContext db, TownNamedUnits townNames)
{
    private string? resolvedFor;

    private string? resolved;

    /// <summary>
    /// Active volunteers the scope may name as having served, ordered by unit and name; with <paramref name="nameContains"/>
    /// only those whose name holds it (the form's search), whoever bears exactly that name first. Read through the town's
    /// door, the scope's own come before the town's others: a list cut at its first few hundred must not leave out the
    /// recorder's own village because its path sorts late.
    /// </summary>
    public async Task<IReadOnlyList<TownVolunteer>> ActiveAsync(IReadOnlyCollection<long> exceptIds, int take, string? nameContains = null, CancellationToken ct = default)
    {
        var town = await TownPathAsync(ct);
        using var door = town is null ? null : db.Scope.ReadOutside(OutsideReasons.TownVolunteers);
        var query = db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active && !exceptIds.Contains(v.Id));
        // Each key is sent only when it applies: a key that is the same for every row still makes the database sort the
        // whole scope (a district's 90,000) instead of reading its (path) index in order.
        var firstKeys = new List<Expression<Func<Volunteer, bool>>>();
        if (!string.IsNullOrEmpty(nameContains))
        {
            query = query.Where(v => v.Name.Contains(nameContains));
            firstKeys.Add(v => v.Name == nameContains);
        }

        if (town is not null && db.Scope.Path is { } own)
        {
            query = query.InSubtree(town, db.Scope);
            var ownEnd = SubtreeFilter.End(own);
            firstKeys.Add(v => string.Compare(v.UnitPath, own) >= 0 && string.Compare(v.UnitPath, ownEnd) < 0);
        }

        var ordered = firstKeys.Aggregate((IOrderedQueryable<Volunteer>?)null, (o, key) => o is null ? query.OrderByDescending(key) : o.ThenByDescending(key));
        var sorted = ordered is null ? query.OrderBy(v => v.UnitPath) : ordered.ThenBy(v => v.UnitPath);
        var found = await Select(sorted.ThenBy(v => v.Name).Take(take)).ToListAsync(ct);
        return found.Select(Marked).ToList();
    }

    /// <summary>The volunteers of <paramref name="ids"/> the scope may name (any status: who served stays named); others are left out.</summary>
    public async Task<Dictionary<long, TownVolunteer>> NamesAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var town = await TownPathAsync(ct);
        using var door = town is null ? null : db.Scope.ReadOutside(OutsideReasons.TownVolunteers);
        // One array parameter: the year's export names everyone who served, a county's ~100,000.
        var query = db.Volunteers.AsNoTracking().Where(v => EF.Parameter(ids).Contains(v.Id));
        var found = await Select(town is null ? query : query.InSubtree(town, db.Scope)).ToListAsync(ct);
        return found.Select(Marked).ToDictionary(v => v.Id);
    }

    /// <summary>Each volunteer's unit named for the reader: with its town before it for a scope wider than a town (<see cref="TownNamedUnits"/>).</summary>
    public async Task<IReadOnlyList<TownVolunteer>> WithTownNamesAsync(IReadOnlyList<TownVolunteer> volunteers, CancellationToken ct = default)
    {
        if (volunteers.Count == 0)
        {
            return volunteers;
        }

        var named = await townNames.ForAsync(volunteers.Select(v => v.UnitPath), ct);
        return [.. volunteers.Select(v => v with { UnitName = named(v.UnitPath, v.UnitName) })];
    }

    /// <summary><see cref="NamesAsync"/> with each unit named for the reader (<see cref="WithTownNamesAsync(IReadOnlyList{TownVolunteer}, CancellationToken)"/>).</summary>
    public async Task<Dictionary<long, TownVolunteer>> NamedAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default) =>
        (await WithTownNamesAsync([.. (await NamesAsync(ids, ct)).Values], ct)).ToDictionary(v => v.Id);

    private static IQueryable<TownVolunteer> Select(IQueryable<Volunteer> query) =>
        query.Select(v => new TownVolunteer(v.Id, v.Name, v.Unit!.Name, v.UnitPath, v.Status == VolunteerStatus.Active, false));

    /// <summary>Whether the record is the reader's to open: the scope's own test (a read-only door does not widen it).</summary>
    private TownVolunteer Marked(TownVolunteer v) => v with { InScope = db.Scope.Covers(v.UnitPath) };

    /// <summary>The path of the town above the scope's own unit; null when the scope is the town or above it (or has no town).</summary>
    public async Task<string?> TownPathAsync(CancellationToken ct = default)
    {
        // A town or a unit above the towns has no town above it: the request's scope knows its level (the middleware read
        // the unit), so only a scope below a town (or one set without its level) reads the town.
        if (db.Scope.IsSystem || db.Scope.Path is not { } path || db.Scope.Level <= UnitLevel.Town)
        {
            return null;
        }

        // A form, its served list and the hours page each ask; a request's scope is looked up once, its units on the path
        // in one read.
        if (resolvedFor != path)
        {
            var ancestors = SubtreeFilter.Ids(path);
            using var door = db.Scope.ReadOutside(OutsideReasons.TownVolunteers);
            var town = await db.Units.AsNoTracking().Where(u => ancestors.Contains(u.Id) && u.Level == UnitLevel.Town).Select(u => u.Path).FirstOrDefaultAsync(ct);
            (resolved, resolvedFor) = (town == path ? null : town, path);
        }

        return resolved;
    }
}

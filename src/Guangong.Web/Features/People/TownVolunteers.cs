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
public sealed class TownVolunteers(GuangongDbContext db)
{
    /// <summary>Active volunteers the scope may name as having served, ordered by unit and name.</summary>
    public async Task<IReadOnlyList<TownVolunteer>> ActiveAsync(IReadOnlyCollection<long> exceptIds, int take, CancellationToken ct = default)
    {
        var town = await TownPathAsync(ct);
        using var door = town is null ? null : db.Scope.ReadOutside(OutsideReasons.TownVolunteers);
        var query = db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active && !exceptIds.Contains(v.Id));
        return await Select((town is null ? query : query.InSubtree(town)).OrderBy(v => v.UnitPath).ThenBy(v => v.Name).Take(take)).ToListAsync(ct);
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
        var query = db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id));
        return await Select(town is null ? query : query.InSubtree(town)).ToDictionaryAsync(v => v.Id, ct);
    }

    private IQueryable<TownVolunteer> Select(IQueryable<Volunteer> query)
    {
        var (from, to) = (db.Scope.Path ?? "?", db.Scope.Path is null ? "?" : SubtreeFilter.End(db.Scope.Path));
        return query.Select(v => new TownVolunteer(v.Id, v.Name, v.Unit!.Name, v.UnitPath, v.Status == VolunteerStatus.Active,
            db.Scope.IsSystem || (string.Compare(v.UnitPath, from) >= 0 && string.Compare(v.UnitPath, to) < 0)));
    }

    /// <summary>The path of the town above the scope's own unit; null when the scope is the town or above it (or has no town).</summary>
    private async Task<string?> TownPathAsync(CancellationToken ct)
    {
        if (db.Scope.IsSystem || db.Scope.Path is not { } path)
        {
            return null;
        }

        var ancestors = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        using var door = db.Scope.ReadOutside(OutsideReasons.TownVolunteers);
        var town = await db.Units.AsNoTracking().Where(u => ancestors.Contains(u.Id) && u.Level == UnitLevel.Town).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return town is null || town == path ? null : town;
    }
}

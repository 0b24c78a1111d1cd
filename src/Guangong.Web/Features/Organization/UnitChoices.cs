using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// The one light query behind every unit drop-down: id, name and depth (for indenting) of active
/// units in the scope, in tree order. Reads through the scope filter like every other query.
/// </summary>
public sealed class UnitChoices(GuangongDbContext db)
{
    /// <summary>Active units in the scope, or only those under <paramref name="underPath"/> (a plan's owner units).</summary>
    public async Task<IReadOnlyList<(long Id, string Name, int Depth)>> ActiveAsync(string? underPath = null, CancellationToken ct = default) =>
        (await db.Units.AsNoTracking()
                .Where(u => u.IsActive && (underPath == null || u.Path.StartsWith(underPath)))
                .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name, u.Depth }).ToListAsync(ct))
            .Select(u => (u.Id, u.Name, u.Depth)).ToList();

    /// <summary>
    /// What a form's unit picker lists: the active units cut as the list filters are (<see cref="FilterUnits"/>: the upper
    /// levels while they fit, and the unit the form names now); a province's 24,000 made such a form 1.3 MB. Trimmed when
    /// units were left out: the page says to switch to the district or town in the header first.
    /// </summary>
    public async Task<(IReadOnlyList<(long Id, string Name, int Depth)> Items, bool Trimmed)> PickableAsync(long? keep, CancellationToken ct = default)
    {
        var (shown, trimmed, _) = FilterUnits.ForPicker(await ActiveAsync(ct: ct), u => u.Depth, u => u.Id, keep);
        return (shown, trimmed);
    }

    /// <summary>Active units that have units below them: where coverage gaps are counted.</summary>
    public async Task<IReadOnlyList<(long Id, string Name, int Depth)>> WithChildrenAsync(CancellationToken ct = default) =>
        (await db.Units.AsNoTracking()
                .Where(u => u.IsActive && db.Units.Any(c => c.ParentId == u.Id))
                .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name, u.Depth }).ToListAsync(ct))
            .Select(u => (u.Id, u.Name, u.Depth)).ToList();

    /// <summary>The names of those of <paramref name="ids"/> that lie in the scope.</summary>
    public async Task<Dictionary<long, string>> NamesAsync(IEnumerable<long> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    /// <summary>The name of one unit in the scope, or null.</summary>
    public Task<string?> NameAsync(long id, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct);
}

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

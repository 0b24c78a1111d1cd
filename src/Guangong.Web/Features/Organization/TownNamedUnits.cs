using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// Names units for the reader of a list: a reader whose scope spans towns (a district, a city, the whole platform) sees each
/// unit below a town with its town before it (<see cref="UnitNames.WithTown"/>), since villages of two towns may share a
/// name and a district's list of them would look alike; a town's readers and those below it see names as they are. Every
/// read goes through the scope: the towns named lie inside it.
/// </summary>
public sealed class TownNamedUnits(GuangongDbContext db)
{
    /// <summary>From this many units on the rows' paths, the scope's towns are read instead of those units by key (an export names a district's every village).</summary>
    private const int MostAncestorsByKey = 200;

    private string? resolvedFor;

    private bool widerThanTown;

    /// <summary>Whether the scope reaches past one town: its lists are many towns'.</summary>
    public async Task<bool> WiderThanTownAsync(CancellationToken ct = default)
    {
        if (db.Scope.IsSystem || db.Scope.Path is not { } path)
        {
            return db.Scope.IsSystem;
        }

        // The request's scope knows its level (the middleware read the unit); else several lists on one page ask, and the
        // scope's own unit is read once.
        if (db.Scope.Level is { } level)
        {
            return level < UnitLevel.Town;
        }

        if (resolvedFor != path)
        {
            var own = await db.Units.AsNoTracking().Where(u => u.Path == path).Select(u => (UnitLevel?)u.Level).FirstOrDefaultAsync(ct);
            (widerThanTown, resolvedFor) = (own < UnitLevel.Town, path);
        }

        return widerThanTown;
    }

    /// <summary>
    /// The names a list shows for units at <paramref name="unitPaths"/>: a function of a row's unit path and its unit's own
    /// name. For a reader within one town it is the name itself, and nothing is read.
    /// </summary>
    public Task<Func<string, string, string>> ForAsync(IEnumerable<string> unitPaths, CancellationToken ct = default) =>
        ForAsync(unitPaths, MostAncestorsByKey, ct);

    /// <summary><see cref="ForAsync(IEnumerable{string}, CancellationToken)"/> reading the units on the paths by key up to <paramref name="mostByKey"/> of them, else the scope's towns.</summary>
    public async Task<Func<string, string, string>> ForAsync(IEnumerable<string> unitPaths, int mostByKey, CancellationToken ct = default)
    {
        if (!await WiderThanTownAsync(ct))
        {
            return static (_, name) => name;
        }

        var towns = await TownsAsync([.. unitPaths.Distinct(StringComparer.Ordinal)], mostByKey, ct);
        return (path, name) => TownOf(path, towns) is { } town ? UnitNames.WithTown(town, name) : name;
    }

    /// <summary>
    /// <paramref name="rows"/> with their units named for the reader: each row's unit at <paramref name="path"/> named
    /// <paramref name="name"/> is given back by <paramref name="with"/> under the name shown.
    /// </summary>
    public async Task<List<T>> NamedAsync<T>(IReadOnlyCollection<T> rows, Func<T, string> path, Func<T, string> name, Func<T, string, T> with, CancellationToken ct = default)
    {
        var named = await ForAsync(rows.Select(path), ct);
        return [.. rows.Select(r => with(r, named(path(r), name(r))))];
    }

    /// <summary>The towns on the paths, by their paths.</summary>
    private async Task<Dictionary<string, string>> TownsAsync(IReadOnlyCollection<string> paths, int mostByKey, CancellationToken ct)
    {
        var onPaths = paths.SelectMany(SubtreeFilter.Ids).Distinct().ToList();
        var towns = db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Town);
        // A page's few dozen ancestors are each their own parameter, so the units are read by key (sent as one array, SQLite
        // walked a district's units by path); past a few hundred the scope's towns are fewer than the ids.
        var found = onPaths.Count <= mostByKey
            ? await towns.Where(u => onPaths.Contains(u.Id)).Select(u => new { u.Path, u.Name }).ToListAsync(ct)
            : await towns.Select(u => new { u.Path, u.Name }).ToListAsync(ct);
        return found.ToDictionary(t => t.Path, t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The name of the town strictly above the unit at <paramref name="path"/>; null for a town itself or a unit above the towns.</summary>
    private static string? TownOf(string path, Dictionary<string, string> towns)
    {
        foreach (var (_, above) in SubtreeFilter.Ancestry(path))
        {
            if (above != path && towns.TryGetValue(above, out var name))
            {
                return name;
            }
        }

        return null;
    }
}

using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// The one light query behind every unit drop-down: id, name and depth (for indenting) of active
/// units in the scope, in tree order. Reads through the scope filter like every other query.
/// </summary>
public sealed class UnitChoices(GuangongDbContext db)
{
    /// <summary>
    /// What a form's unit picker lists: the active units cut as the list filters are (<see cref="FilterUnits"/>: the upper
    /// levels while they fit, and the unit the form names now); a province's 24,000 made such a form 1.3 MB. Trimmed when
    /// units were left out: the page says to switch to the district or town in the header first.
    /// </summary>
    public Task<UnitChoiceList> PickableAsync(long? keep, CancellationToken ct = default) =>
        ShownAsync(keep is { } id ? [id] : null, ct: ct);

    /// <summary>
    /// The active units in the scope (or under <paramref name="underPath"/>) cut in the database as <see cref="FilterUnits"/>
    /// cuts a list: the units counted by level first, then only the levels that fit read, with the units
    /// <paramref name="keep"/> names (the one a list is filtered by, a form's unit, a task's owners, a contest's entrants).
    /// A province read its 24,000 units to show 130 of them on every such page.
    /// </summary>
    public Task<UnitChoiceList> ShownAsync(IEnumerable<long>? keep = null, string? underPath = null, CancellationToken ct = default) =>
        ShownAsync(keep, underPath, FilterUnits.MostShown, ct);

    /// <summary>
    /// Where a unit may be moved: the picker's choices without the unit's own subtree (<paramref name="movedPath"/>), which
    /// cannot hold it. The move form read the whole tree with its counts and cut it in memory.
    /// </summary>
    public Task<UnitChoiceList> MoveTargetsAsync(string movedPath, long? keep, CancellationToken ct = default) =>
        MoveTargetsAsync(movedPath, keep, FilterUnits.MostShown, ct);

    /// <summary>The same with another bound (the tests').</summary>
    internal Task<UnitChoiceList> MoveTargetsAsync(string movedPath, long? keep, int mostShown, CancellationToken ct) =>
        ShownAsync(keep is { } id ? [id] : null, null, movedPath, mostShown, ct);

    /// <summary>The same with another bound: the tests trim the demo's tree of a few dozen units.</summary>
    internal Task<UnitChoiceList> ShownAsync(IEnumerable<long>? keep, string? underPath, int mostShown, CancellationToken ct) =>
        ShownAsync(keep, underPath, null, mostShown, ct);

    private async Task<UnitChoiceList> ShownAsync(IEnumerable<long>? keep, string? underPath, string? exceptUnder, int mostShown, CancellationToken ct)
    {
        var units = Under(underPath).Where(u => exceptUnder == null || !u.Path.StartsWith(exceptUnder));
        var perLevel = await units.Where(u => u.IsActive).GroupBy(u => u.Depth).Select(g => new { Depth = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = perLevel.Sum(l => l.Count);
        var deepest = total <= mostShown ? int.MaxValue : FilterUnits.DeepestShown(perLevel.Select(l => (l.Depth, l.Count)), mostShown);
        // A named unit is listed even if it has been stopped since: an activity's unit, a contest's entrant or a task's
        // owner would otherwise be changed or dropped by the next save without anyone choosing so.
        var kept = (keep ?? []).Distinct().ToList();
        var items = await ListAsync(units.Where(u => (u.IsActive && u.Depth <= deepest) || kept.Contains(u.Id)), ct);
        return new UnitChoiceList(items, perLevel.Any(l => l.Depth > deepest));
    }

    /// <summary>
    /// Active units under <paramref name="underPath"/> whose names contain <paramref name="text"/>: what a cut checklist's
    /// search adds. At most <paramref name="take"/>, the first by path (a bound, read by index), shown in tree order: those
    /// found under one found are listed below it, the others stand by sort order and name.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, string Name, int Depth)>> FindAsync(string? text, string? underPath, int take, CancellationToken ct = default)
    {
        var q = text?.Trim();
        return string.IsNullOrEmpty(q) ? [] : await ListAsync(Under(underPath).Where(u => u.IsActive && u.Name.Contains(q)).OrderBy(u => u.Path).Take(take), ct);
    }

    private IQueryable<Unit> Under(string? underPath) =>
        db.Units.AsNoTracking().Where(u => underPath == null || u.Path.StartsWith(underPath));

    /// <summary>Active units that have units below them: where coverage gaps are counted.</summary>
    public Task<IReadOnlyList<(long Id, string Name, int Depth)>> WithChildrenAsync(CancellationToken ct = default) =>
        ListAsync(db.Units.AsNoTracking().Where(u => u.IsActive && db.Units.Any(c => c.ParentId == u.Id)), ct);

    /// <summary>
    /// Id, name and depth of <paramref name="units"/> in tree order (tuples are built after the read: EF Core does not project
    /// into them). A stopped unit (only one a record names is listed) says so: chosen on an edit form, it is still the record's.
    /// </summary>
    private static async Task<IReadOnlyList<(long Id, string Name, int Depth)>> ListAsync(IQueryable<Unit> units, CancellationToken ct)
    {
        var read = await units.Select(u => new { u.Id, u.Path, u.SortOrder, u.Name, u.Depth, u.IsActive }).ToListAsync(ct);
        return [.. TreeOrder.Sort(read, u => u.Id, u => u.Path, u => u.SortOrder, u => u.Name).Select(u => (u.Id, Marked(u.Name, u.IsActive), u.Depth))];
    }

    /// <summary>The names of those of <paramref name="ids"/> that lie in the scope; a stopped unit's marked if <paramref name="markStopped"/>.</summary>
    public async Task<Dictionary<long, string>> NamesAsync(IEnumerable<long> ids, CancellationToken ct = default, bool markStopped = false)
    {
        var list = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => list.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => markStopped ? Marked(u.Name, u.IsActive) : u.Name, ct);
    }

    /// <summary>A unit's name as a picker or a record's page shows it: a stopped unit says so.</summary>
    private static string Marked(string name, bool isActive) => isActive ? name : name + "（已停用）";

    /// <summary>The name of one unit in the scope, or null.</summary>
    public Task<string?> NameAsync(long id, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct);
}

/// <summary>What a unit picker lists, in tree order; <see cref="Trimmed"/> when units were left out.</summary>
public sealed record UnitChoiceList(IReadOnlyList<(long Id, string Name, int Depth)> Items, bool Trimmed)
{
    /// <summary>The shallowest depth listed: the picker indents from it (worked out once, not per option).</summary>
    public int MinDepth { get; } = Items.Count == 0 ? 0 : Items.Min(u => u.Depth);
}

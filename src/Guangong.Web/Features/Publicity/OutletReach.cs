using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// The outlets a user may pick when recording an adoption: those of the scope's subtree and those
/// kept by the units above it (a village uses the town's dictionary), read-only.
/// </summary>
public static class OutletReach
{
    public static async Task<List<Outlet>> PickableAsync(GuangongDbContext db, bool activeOnly, long? onlyId, CancellationToken ct)
    {
        var own = await db.Outlets.AsNoTracking().Where(o => (!activeOnly || o.IsActive) && (onlyId == null || o.Id == onlyId)).ToListAsync(ct);
        var ancestors = Ancestors(db.Scope.Path);
        if (ancestors.Count == 0)
        {
            return own;
        }

        using var _ = db.Scope.ReadOutside(OutsideReasons.OutletsFromAbove);
        var above = await db.Outlets.AsNoTracking()
            .Where(o => ancestors.Contains(o.UnitPath) && (!activeOnly || o.IsActive) && (onlyId == null || o.Id == onlyId)).ToListAsync(ct);
        return [.. own.Concat(above).DistinctBy(o => o.Id).OrderByDescending(o => o.Level).ThenBy(o => o.Name, StringComparer.Ordinal)];
    }

    /// <summary>"/1/5/23/" → "/1/", "/1/5/": the materialized paths of the units above.</summary>
    internal static List<string> Ancestors(string? path)
    {
        var list = new List<string>();
        if (string.IsNullOrEmpty(path))
        {
            return list;
        }

        for (var i = path.IndexOf('/', 1); i > 0 && i < path.Length - 1; i = path.IndexOf('/', i + 1))
        {
            list.Add(path[..(i + 1)]);
        }

        return list;
    }
}

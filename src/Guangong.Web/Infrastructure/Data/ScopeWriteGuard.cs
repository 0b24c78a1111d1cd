using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Runs on every save: stamps versions and creation times, sets each record's unit path from its
/// UnitId (a path given by the caller is never trusted), and refuses any change to a record
/// outside the current data scope, and a reader's (上级查看) change to any record of a unit.
/// </summary>
internal static class ScopeWriteGuard
{
    public static async Task CheckAsync(GuangongDbContext db, DataScope scope, DateTime now, CancellationToken ct)
    {
        var paths = await UnitPathsAsync(db, ct);
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit entries are append-only.");
                }

                continue;
            }

            if (entry.Entity is IAppendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows are append-only: correct them with a reversing row.");
            }

            if (entry.State is EntityState.Added)
            {
                if (entry.Entity is IVersioned)
                {
                    entry.Property(nameof(IVersioned.Version)).CurrentValue = 1L;
                }

                var created = entry.Metadata.FindProperty("CreatedUtc");
                if (created is not null && entry.Property(created.Name).CurrentValue is DateTime d && d == default)
                {
                    entry.Property(created.Name).CurrentValue = now;
                }
            }
            else if (entry.State is EntityState.Modified && entry.Entity is IVersioned)
            {
                // Set through the entry, as the path below: the tracker sees it without scanning every entry again.
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }

            if (entry.Entity is not IUnitOwned owned || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var pathName = GuangongDbContext.UnitPathProperty(entry.Metadata.ClrType);
            if (owned is not Unit && entry.State is EntityState.Added or EntityState.Modified)
            {
                var path = DerivedPath(owned, paths, entry.Metadata.ClrType);
                if (owned.UnitPath != path)
                {
                    entry.Property(pathName).CurrentValue = path;
                }
            }

            var originalPath = entry.State is EntityState.Added ? null : entry.Property(pathName).OriginalValue as string;
            if (!scope.Covers(owned.UnitPath) || (originalPath is not null && !scope.Covers(originalPath)) || !scope.MayWrite(owned))
            {
                throw new ScopeViolationException(entry.Metadata.ClrType.Name, owned.UnitPath);
            }
        }

        foreach (var row in db.Untracked ?? [])
        {
            CheckNew(row, paths, scope, now);
        }
    }

    /// <summary>A row added without the tracker (<see cref="GuangongDbContext.AddUntracked{TEntity}"/>): stamped and checked as an added entry is.</summary>
    private static void CheckNew(UntrackedRow row, Dictionary<long, string> paths, DataScope scope, DateTime now)
    {
        if (row.Entity is AuditEntry)
        {
            throw new InvalidOperationException("Audit entries are written by the audit trail, not added without the tracker.");
        }

        if (row.Entity is IVersioned versioned)
        {
            versioned.Version = 1L;
        }

        if (row.Type.FindProperty("CreatedUtc") is { } created && row.Get(created) is DateTime d && d == default)
        {
            row.Set(created, now);
        }

        if (row.Entity is not IUnitOwned owned)
        {
            return;
        }

        if (owned is not Unit)
        {
            owned.UnitPath = DerivedPath(owned, paths, row.Type.ClrType);
        }

        if (!scope.Covers(owned.UnitPath) || !scope.MayWrite(owned))
        {
            throw new ScopeViolationException(row.Type.ClrType.Name, owned.UnitPath);
        }
    }

    /// <summary>
    /// A record's path is a copy of its unit's: derived from UnitId, whatever the caller set. A record of no unit (an
    /// administrator's account) has the empty path; a unit the save cannot see is outside the scope.
    /// </summary>
    private static string DerivedPath(IUnitOwned owned, Dictionary<long, string> paths, Type kind) =>
        owned.UnitId <= 0 ? string.Empty
            : paths.TryGetValue(owned.UnitId, out var found) ? found
            : throw new ScopeViolationException(kind.Name, $"unit {owned.UnitId}");

    /// <summary>
    /// The paths of the units the pending records name, in one query; a unit changed in the same
    /// save (a move) counts with its new path.
    /// </summary>
    private static async Task<Dictionary<long, string>> UnitPathsAsync(GuangongDbContext db, CancellationToken ct)
    {
        var wanted = db.ChangeTracker.Entries<IUnitOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity is not Unit && e.Entity is not AuditEntry && e.Entity.UnitId > 0)
            .Select(e => e.Entity.UnitId)
            .Concat((db.Untracked ?? []).Select(r => r.Entity).OfType<IUnitOwned>().Where(o => o is not Unit && o.UnitId > 0).Select(o => o.UnitId))
            .Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        // On PostgreSQL the units' rows are held until the save commits (FOR SHARE, in id order): a move, which rewrites
        // them, waits for the save, or the save for the move and then reads the new paths. SQLite's write lock, taken
        // as the save's transaction begins, does the same there.
        var ids = wanted.ToArray();
        var units = !db.OnSqlite
            ? db.Units.FromSql($"""SELECT * FROM "Units" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR SHARE""")
            : db.Units.Where(u => ids.Contains(u.Id));
        var paths = await units.IgnoreQueryFilters().AsNoTracking()
            .Select(u => new { u.Id, u.Path })
            .ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        foreach (var tracked in db.ChangeTracker.Entries<Unit>().Where(u => u.State is EntityState.Modified or EntityState.Unchanged))
        {
            if (paths.ContainsKey(tracked.Entity.Id))
            {
                paths[tracked.Entity.Id] = tracked.Entity.Path;
            }
        }

        return paths;
    }
}

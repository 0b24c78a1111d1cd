using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Runs on every save: stamps versions and creation times, copies the unit path onto new
/// records, and refuses any change to a record outside the current data scope.
/// </summary>
internal static class ScopeWriteGuard
{
    public static async Task CheckAsync(GuangongDbContext db, DataScope scope, DateTime now, CancellationToken ct)
    {
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
                if (entry.Entity is IVersioned added)
                {
                    added.Version = 1;
                }

                var created = entry.Metadata.FindProperty("CreatedUtc");
                if (created is not null && entry.Property(created.Name).CurrentValue is DateTime d && d == default)
                {
                    entry.Property(created.Name).CurrentValue = now;
                }
            }
            else if (entry.State is EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                versioned.Version = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }

            if (entry.Entity is not IUnitOwned owned || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.State is EntityState.Added && owned.UnitPath.Length == 0 && owned is not Unit && owned.UnitId > 0)
            {
                owned.UnitPath = await db.Units.IgnoreQueryFilters()
                    .Where(u => u.Id == owned.UnitId)
                    .Select(u => u.Path)
                    .SingleOrDefaultAsync(ct) ?? string.Empty;
            }

            var pathName = GuangongDbContext.UnitPathProperty(entry.Metadata.ClrType);
            var originalPath = entry.State is EntityState.Added ? null : entry.Property(pathName).OriginalValue as string;
            if (!scope.Covers(owned.UnitPath) || (originalPath is not null && !scope.Covers(originalPath)))
            {
                throw new ScopeViolationException(entry.Metadata.ClrType.Name, owned.UnitPath);
            }
        }
    }
}

using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Commands;

/// <summary>
/// The end of every edit command: save, and when someone else saved the row first (its version
/// moved), answer the conflict with what is saved now, so the user sees it instead of losing an update.
/// </summary>
public static class ConcurrentSave
{
    public static async Task<CommandResult<T>> SaveOrConflictAsync<T>(this GuangongDbContext db, T entity, long id, CancellationToken ct = default)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<T>.Ok(entity);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => EF.Property<long>(e, "Id") == id, ct);
            return current is null ? CommandResult<T>.NotFound() : CommandResult<T>.Conflict(current);
        }
        catch (WriteRefusedException refused)
        {
            // Said on the form, above its fields; nothing was written.
            db.ChangeTracker.Clear();
            return CommandResult<T>.Invalid(string.Empty, refused.Message);
        }
    }

    /// <summary>Saves a new record; a rule that refuses the save as a whole (a closed month) is said beside <paramref name="field"/>.</summary>
    public static async Task<CommandResult<T>> SaveNewAsync<T>(this GuangongDbContext db, T entity, string field, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<T>.Ok(entity);
        }
        catch (WriteRefusedException refused)
        {
            db.ChangeTracker.Clear();
            return CommandResult<T>.Invalid(field, refused.Message);
        }
    }
}

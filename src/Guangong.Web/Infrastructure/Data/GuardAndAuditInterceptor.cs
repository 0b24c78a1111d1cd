using Guangong.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Every save passes the write guard (<see cref="ScopeWriteGuard"/>) and leaves its audit entries
/// (<see cref="AuditTrail"/>) in the same transaction. The audit is captured before the save (old
/// values are gone after it) and written after it (generated ids are known only then). Saving is
/// async only: the guard reads the database, and blocking a thread on that is what this replaces.
/// </summary>
internal sealed class GuardAndAuditInterceptor : SaveChangesInterceptor
{
    public static readonly GuardAndAuditInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("Save with SaveChangesAsync: the write guard reads the database.");

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not GuangongDbContext db || db.WritingAudit)
        {
            return result;
        }

        db.ChangeTracker.DetectChanges();
        if (db.Untracked is null && !db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return result;
        }

        // The change, its audit entries and the rows derived from it commit together or not at all. The transaction opens
        // before the guard reads the units' paths, so that a unit's move (which rewrites them) either commits before they
        // are read or waits for this save: on SQLite the transaction takes the write lock at once, on PostgreSQL the guard
        // holds the units' rows. Read before it, a path could be one the move was replacing, and the save would write it.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var now = db.Clock.GetUtcNow().UtcDateTime;

            // The guard sets what it corrects (a path the caller set, the version) through the tracker's entries, so the
            // audit trail sees it without a second scan of every entry.
            await ScopeWriteGuard.CheckAsync(db, db.Scope, now, cancellationToken);
            var audits = AuditTrail.Capture(db.ChangeTracker, db.Actor, db.Scope, now);
            var followUp = FollowUp(db);
            if (audits.Count > 0 || followUp is not null || own is not null || db.Untracked is not null)
            {
                db.PendingAudit = new PendingSave(audits, own, followUp);
                db.PendingAudit.Bulk = await BulkInsert.WriteAsync(db, cancellationToken);
            }
        }
        catch
        {
            db.PendingAudit = null;
            db.Untracked = null;
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            throw;
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not GuangongDbContext db || db.PendingAudit is not { } pending)
        {
            return result;
        }

        db.PendingAudit = null;
        db.Untracked = null;
        try
        {
            if (pending.FollowUp is not null)
            {
                await pending.FollowUp(db, cancellationToken);
            }

            // The followers' rows; found even when the caller turned automatic detection off (the roster import).
            db.WritingAudit = true;
            db.ChangeTracker.DetectChanges();
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            await AuditEntryWriter.WriteAsync(db, pending.Audits.Select(a => a.Complete()), cancellationToken);
            if (pending.Transaction is not null)
            {
                await pending.Transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            db.WritingAudit = false;
            if (pending.Transaction is not null)
            {
                await pending.Transaction.DisposeAsync();
            }
        }

        // The rows written in bulk count as saved, as EF Core would have counted them.
        return result + pending.Bulk;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData.Context);

    /// <summary>The save failed: its own transaction rolls back as it is disposed, and the captured entries are dropped.</summary>
    internal static async Task EndAsync(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is GuangongDbContext { WritingAudit: false } unfinished)
        {
            unfinished.Untracked = null;
        }

        if (context is GuangongDbContext { WritingAudit: false, PendingAudit: { } pending } db)
        {
            db.PendingAudit = null;
            if (pending.Transaction is not null)
            {
                await pending.Transaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The steps of the application's <see cref="ISaveFollower"/>s (the statistics roll-up, the hours totals) for this
    /// save, run one after the other; none when the context was not made by the application's services.
    /// </summary>
    private static Func<GuangongDbContext, CancellationToken, Task>? FollowUp(GuangongDbContext db)
    {
        var followers = db.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>()
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider?.GetServices<ISaveFollower>() ?? [];
        var steps = followers.Select(f => f.Capture(db.ChangeTracker)).OfType<Func<GuangongDbContext, CancellationToken, Task>>().ToList();
        return steps.Count switch
        {
            0 => null,
            1 => steps[0],
            _ => async (context, ct) =>
            {
                foreach (var step in steps)
                {
                    await step(context, ct);
                }
            },
        };
    }

    internal sealed record PendingSave(List<AuditTrail.PendingAudit> Audits, IDbContextTransaction? Transaction, Func<GuangongDbContext, CancellationToken, Task>? FollowUp)
    {
        /// <summary>The added rows <see cref="BulkInsert"/> wrote before EF Core's own commands.</summary>
        public int Bulk { get; set; }
    }
}

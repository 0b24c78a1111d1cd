using System.Globalization;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Undo of a removal, for its remover and for a short while: the removal's audit entry holds every field
/// of the record as it was, so the record is put back from it (a new row, through the feature's own add
/// and its checks) instead of being kept as a soft-deleted row. The audit table's scope filter keeps an
/// entry outside the data scope out of reach; the record's new row is audited as 撤销删除 of that entry
/// (<see cref="AuditEntry.UndoOf"/>), which makes an undo happen once.
/// </summary>
public sealed class RecentRemovals(GuangongDbContext db, CurrentActor actor, TimeProvider clock)
{
    /// <summary>How long after a removal its remover may put the record back from the page.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>The user's own removal of a <typeparamref name="T"/> within <see cref="Window"/>, not undone yet; else null.</summary>
    public async Task<RemovedRecord?> FindAsync<T>(long auditEntryId, CancellationToken ct = default)
    {
        if (actor.UserId is not { } userId)
        {
            return null;
        }

        var since = clock.GetUtcNow().UtcDateTime - Window;
        var entity = typeof(T).Name;
        var entry = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(
            a => a.Id == auditEntryId && a.Action == AuditActions.Delete && a.Entity == entity && a.UserId == userId && a.TimestampUtc >= since, ct);
        if (entry is null || AuditTrail.ReadFields(entry.Changes) is not { } fields
            // An undo written before UndoOf existed is the 撤销删除 marker naming the record by its id.
            || await db.AuditEntries.AnyAsync(a => a.UndoOf == entry.Id
                || (a.UndoOf == null && a.Id > entry.Id && a.Action == AuditActions.Undo && a.Entity == entity && a.EntityId == entry.EntityId), ct))
        {
            return null;
        }

        return new RemovedRecord(entry.Id, entity, entry.EntityId, entry.UnitPath, fields.ToDictionary(f => f.Field, f => f.Old));
    }

    /// <summary>Each of the entries that <see cref="FindAsync"/> finds, in the order given.</summary>
    public async Task<IReadOnlyList<RemovedRecord>> FindAllAsync<T>(IEnumerable<long> auditEntryIds, CancellationToken ct = default)
    {
        var found = new List<RemovedRecord>();
        foreach (var id in auditEntryIds.Distinct().Take(50))
        {
            if (await FindAsync<T>(id, ct) is { } removed)
            {
                found.Add(removed);
            }
        }

        return found;
    }

    /// <summary>The audit entries the user's removal of these records just wrote, so the page can offer to undo it.</summary>
    public async Task<IReadOnlyList<long>> EntriesOfAsync<T>(IEnumerable<long> recordIds, CancellationToken ct = default)
    {
        var ids = recordIds.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        if (actor.UserId is not { } userId || ids.Count == 0)
        {
            return [];
        }

        var entity = typeof(T).Name;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && ids.Contains(a.EntityId!) && a.Action == AuditActions.Delete && a.UserId == userId)
            .Select(a => new { a.Id, a.EntityId }).ToListAsync(ct);
        return entries.GroupBy(e => e.EntityId).Select(g => g.Max(e => e.Id)).Order().ToList();
    }

    /// <summary>
    /// Puts a removed record back through <paramref name="add"/> (the feature's add, which saves), with the
    /// 撤销删除 entry in the same save; a refused add leaves no such entry behind.
    /// </summary>
    public Task<CommandResult<T>> RestoreAsync<T>(RemovedRecord removed, Func<Task<CommandResult<T>>> add) => RestoreAsync([removed], add);

    /// <summary>Several removed records put back by one add, in one save.</summary>
    public async Task<CommandResult<T>> RestoreAsync<T>(IReadOnlyList<RemovedRecord> removed, Func<Task<CommandResult<T>>> add)
    {
        // A marker per record; the save turns each into the audit entry of the row it puts back (AuditTrail.Capture).
        var markers = removed.Select(r =>
        {
            var marker = db.AddAuditEvent(AuditActions.Undo, r.Entity, r.EntityId, AuditText.PutBack, r.UnitPath);
            marker.UndoOf = r.AuditEntryId;
            return marker;
        }).ToList();
        try
        {
            var result = await add();
            if (!result.Succeeded)
            {
                Forget(markers);
            }

            return result;
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            // The unique UndoOf refused this save: another request undid the same removal first (a double tap).
            Forget(markers);
            var ids = removed.Select(r => (long?)r.AuditEntryId).ToList();
            if (await db.AuditEntries.AnyAsync(a => ids.Contains(a.UndoOf)))
            {
                return CommandResult<T>.NotFound();
            }

            throw;
        }
        catch
        {
            Forget(markers);
            throw;
        }
    }

    private void Forget(List<AuditEntry> markers) => markers.ForEach(m => db.Entry(m).State = EntityState.Detached);
}

/// <summary>A record as its removal's audit entry kept it: each field's value in the audit's invariant text.</summary>
public sealed record RemovedRecord(long AuditEntryId, string Entity, string? EntityId, string UnitPath, IReadOnlyDictionary<string, string?> Fields)
{
    public string? Text(string field) => Fields.GetValueOrDefault(field);

    public long? Long(string field) =>
        long.TryParse(Text(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public int? Int(string field) =>
        int.TryParse(Text(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public bool Flag(string field) => bool.TryParse(Text(field), out var v) && v;

    public DateOnly? Date(string field) =>
        DateOnly.TryParse(Text(field), CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;

    public TEnum? Enum<TEnum>(string field)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(Text(field), out var v) ? v : null;
}

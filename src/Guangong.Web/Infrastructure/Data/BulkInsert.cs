using System.Data.Common;
using Guangong.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// A save that adds many rows of one kind (a roster import: 20,000 volunteers and their first history lines) has them
/// written here instead of by EF Core's one command per row (SQLite has no batching, so each row was a statement prepared
/// anew): one prepared INSERT … RETURNING reused on SQLite; on PostgreSQL the ids drawn from the sequence in one query
/// and one binary COPY. It runs inside the save, after the write guard has checked and stamped the rows and the audit
/// trail and the followers have captured them, in the save's transaction: the rows are as checked, audited and followed
/// as any other. The written entries are then marked saved and EF Core writes the rest of the save (its updates, and the
/// added rows of kinds too few to be worth it here). A row whose parent is added in the same save waits until the
/// parent's id is known; one whose parent EF Core writes is left to EF Core.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Below this many added rows of a kind EF Core's commands cost less than preparing one here.</summary>
    public const int Threshold = 100;

    /// <summary>Writes the added rows of the kinds that qualify, and those added without the tracker; how many rows it wrote.</summary>
    public static async Task<int> WriteAsync(GuangongDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            // The interceptor always opens one; rows handed over untracked and already audited must not be dropped silently.
            return db.Untracked is null ? 0 : throw new InvalidOperationException("Rows added without the tracker are written only inside the save's transaction.");
        }

        try
        {
            return await WriteTrackedAsync(db, ct) + await WriteUntrackedAsync(db, ct);
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("A bulk insert failed; the save's transaction is rolled back.", exception);
        }
    }

    /// <summary>
    /// The rows added without the tracker, kind by kind and level by level (those handed over first, then the rows in
    /// their collections, then theirs): each child takes its parent's id, written a level before.
    /// </summary>
    private static async Task<int> WriteUntrackedAsync(GuangongDbContext db, CancellationToken ct)
    {
        if (db.Untracked is not { } rows)
        {
            return 0;
        }

        foreach (var kind in rows.GroupBy(r => (r.Type, r.Depth)).OrderBy(g => g.Key.Depth))
        {
            var list = kind.ToList();
            foreach (var row in list.Where(r => r.ParentKey is not null))
            {
                var parent = row.Parent!.Id;
                row.Set(row.ParentKey!.Properties[0], parent != 0 ? parent : throw new InvalidOperationException("A row added without the tracker came before its parent."));
            }

            var key = kind.Key.Type.FindPrimaryKey()!.Properties[0];
            await WriteAsync(db, kind.Key.Type, list.Count, (i, property) => list[i].Get(property), (i, id) => list[i].Set(key, id), ct);
        }

        return rows.Count;
    }

    private static async Task<int> WriteTrackedAsync(GuangongDbContext db, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is not AuditEntry).ToList();
        // Rows whose ids the caller chose (a test's fixed tree) keep them: EF Core writes those.
        var waiting = added
            .Where(e => e.Metadata.FindPrimaryKey() is { Properties: [var key] } && e.Property(key.Name).IsTemporary)
            .GroupBy(e => e.Metadata)
            .Where(g => g.Count() >= Threshold && Writable(g.Key))
            .ToDictionary(g => g.Key, g => g.ToList());
        if (waiting.Count == 0)
        {
            return 0;
        }

        // The added rows EF Core writes after this (of other kinds, or with ids chosen), by kind and id: a row whose parent
        // is one of them must wait for EF Core too.
        var here = waiting.Values.SelectMany(rows => rows).ToHashSet();
        var later = added.Where(e => !here.Contains(e))
            .Select(e => (Type: e.Metadata.GetRootType(), Key: e.Metadata.FindPrimaryKey() is { Properties: [var key] } ? e.Property(key.Name).CurrentValue : null))
            .ToHashSet();
        var written = new List<EntityEntry>();

        // Parents first: a kind is written once none of its rows waits for a parent's generated id.
        for (var next = Ready(waiting, later); next is not null; next = Ready(waiting, later))
        {
            var entries = waiting[next];
            var key = next.FindPrimaryKey()!.Properties[0];
            await WriteAsync(db, next, entries.Count, (i, property) => entries[i].CurrentValues[property], (i, id) => SetKey(entries[i], key, id), ct);
            written.AddRange(entries);
            waiting.Remove(next);
        }

        // Saved, as EF Core leaves a row it inserted: unchanged, its original values those stored (the guard's stamps and
        // path included), so that a later detection finds nothing to update.
        foreach (var entry in written)
        {
            entry.State = EntityState.Unchanged;
            entry.OriginalValues.SetValues(entry.CurrentValues);
        }

        return written.Count;
    }

    /// <summary>
    /// A kind this writer can insert: one table of its own, a generated 64-bit id, no other value the database generates,
    /// nothing owned or complex stored with it.
    /// </summary>
    public static bool Writable(IEntityType type) =>
        type.BaseType is null && !type.GetDirectlyDerivedTypes().Any() && !type.IsOwned()
        && type.GetTableName() is not null && type.GetViewName() is null
        && !type.GetComplexProperties().Any() && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
        && type.FindPrimaryKey() is { Properties: [{ ValueGenerated: ValueGenerated.OnAdd } key] } && key.ClrType == typeof(long)
        && type.GetProperties().All(p => p == key || p.ValueGenerated == ValueGenerated.Never);

    /// <summary>
    /// A kind none of whose rows has a parent still unwritten: one added in this save with its id not yet generated, or
    /// one EF Core writes after this (a composite or alternate key counted as such whenever EF Core writes any row of that kind).
    /// </summary>
    private static IEntityType? Ready(Dictionary<IEntityType, List<EntityEntry>> waiting, HashSet<(IEntityType Type, object? Key)> later) =>
        waiting.Keys.FirstOrDefault(type => !waiting[type].Any(entry => type.GetForeignKeys().Any(fk =>
        {
            var principal = fk.PrincipalEntityType.GetRootType();
            if (fk.Properties.Any(p => entry.Property(p.Name).IsTemporary))
            {
                return true;
            }

            return fk.Properties.Count == 1 && fk.PrincipalKey.IsPrimaryKey()
                ? entry.Property(fk.Properties[0].Name).CurrentValue is { } parent && later.Contains((principal, parent))
                : later.Any(l => l.Type == principal);
        })));

    /// <summary>Writes <paramref name="count"/> rows of a kind, reading row i's values with <paramref name="value"/> and giving it its id with <paramref name="setKey"/>.</summary>
    private static async Task WriteAsync(GuangongDbContext db, IEntityType type, int count, Func<int, IProperty, object?> value, Action<int, long> setKey, CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties[0];
        var columns = type.GetProperties().Where(p => p != key).ToList();
        var names = columns.Select(c => $"\"{c.GetColumnName(table)}\"").ToList();
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            var ids = await DrawIdsAsync(npgsql, table.Name, key.GetColumnName(table)!, count, ct);
            var storeTypes = columns.Select(StoreValues.CopyType).ToList();
            await using var copy = await npgsql.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" (\"{key.GetColumnName(table)}\", {string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)", ct);
            for (var i = 0; i < count; i++)
            {
                setKey(i, ids[i]);
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ids[i], ct);
                for (var c = 0; c < columns.Count; c++)
                {
                    await (StoreValues.ToProvider(columns[c], value(i, columns[c])) is { } stored ? copy.WriteAsync(stored, storeTypes[c], ct) : copy.WriteNullAsync(ct));
                }
            }

            await copy.CompleteAsync(ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}) RETURNING \"{key.GetColumnName(table)}\"";
        var parameters = columns.Select((_, i) => StoreValues.AddParameter(command, $"@p{i}")).ToList();
        await command.PrepareAsync(ct);
        for (var row = 0; row < count; row++)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = StoreValues.ToProvider(columns[i], value(row, columns[i])) ?? DBNull.Value;
            }

            setKey(row, (long)(await command.ExecuteScalarAsync(ct))!);
        }
    }

    /// <summary>The row's id: set on the entry, so that the rows added with it (its history lines) take it as their parent's.</summary>
    private static void SetKey(EntityEntry entry, IProperty key, long id)
    {
        var property = entry.Property(key.Name);
        property.CurrentValue = id;
        property.IsTemporary = false;
    }

    private static async Task<long[]> DrawIdsAsync(NpgsqlConnection connection, string table, string column, int count, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)";
        command.Parameters.AddWithValue("table", $"\"{table}\"");
        command.Parameters.AddWithValue("column", column);
        command.Parameters.AddWithValue("count", count);
        var ids = new long[count];
        await using var reader = await command.ExecuteReaderAsync(ct);
        for (var i = 0; await reader.ReadAsync(ct); i++)
        {
            ids[i] = reader.GetInt64(0);
        }

        return ids;
    }

}

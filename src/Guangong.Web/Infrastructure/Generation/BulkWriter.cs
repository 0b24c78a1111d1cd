using Guangong.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// Writes entity rows straight into their tables, bypassing the change tracker, the write guard and the
/// audit trail: SQLite through one prepared INSERT inside one transaction per batch, PostgreSQL through a
/// binary COPY per batch. Column names and value conversions come from the EF model, so the rows read back
/// exactly as if EF had written them. The generator uses it (see <see cref="DataGenerator"/> for why), and so does the
/// rebuild of a derived table too large for the change tracker (<see cref="Features.Statistics.Rollup.RosterTally"/>).
/// </summary>
public sealed class BulkWriter(DbContext db) : IAsyncDisposable
{
    private readonly Dictionary<Type, long> _counts = [];

    public IReadOnlyDictionary<Type, long> Counts => _counts;

    public bool IsPostgres => db.Database.IsNpgsql();

    public async Task OpenAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (!IsPostgres)
        {
            // The generated file is rebuilt from nothing if the run fails; durability per batch buys nothing here.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", ct);
        }
    }

    /// <summary>Writes the rows of one table (all mapped columns, the ids included) in one batch.</summary>
    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Property: p, Name: p.GetColumnName(table)!, Type: StoreValues.CopyType(p)))
            .Where(c => c.Name is not null)
            .ToList();
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection pg)
        {
            var copy = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var importer = await pg.BeginBinaryImportAsync(copy, ct);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var c in columns)
                {
                    var value = Value(c.Property, row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, c.Type, ct);
                    }
                }
            }

            await importer.CompleteAsync(ct);
        }
        else
        {
            var sqlite = (SqliteConnection)connection;
            await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync(ct);
            await using var command = sqlite.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i })).ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = Value(columns[i].Property, row) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }

        _counts[typeof(T)] = _counts.GetValueOrDefault(typeof(T)) + rows.Count;
    }

    /// <summary>PostgreSQL: after explicit ids, each identity sequence continues after the largest id.</summary>
    public async Task ResetSequencesAsync(CancellationToken ct)
    {
        if (!IsPostgres)
        {
            return;
        }

        foreach (var type in _counts.Keys)
        {
            var entity = db.Model.FindEntityType(type)!;
            var name = entity.GetTableName()!;
            // Table names come from the model, never from input.
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{name}\"), 1))";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    /// <summary>Gathers the planner's statistics for the filled tables (SQLite needs them to read a large scope's list by date).</summary>
    public async Task AnalyzeAsync(CancellationToken ct) => await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);

    public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();

    private static object? Value(IProperty property, object row) => StoreValues.ToProvider(property, property.GetGetter().GetClrValue(row));
}

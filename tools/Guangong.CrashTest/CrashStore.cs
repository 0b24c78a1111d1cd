using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Guangong.CrashTest;

/// <summary>The database and file folder the app writes to, read directly while the app is down.</summary>
internal sealed class CrashStore : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private CrashStore(string provider, string connectionString, string dataDirectory, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _dataDirectory = dataDirectory;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<CrashStore> CreateAsync(CrashOptions options, string dataDirectory)
    {
        if (options.Provider == "sqlite")
        {
            return new CrashStore("Sqlite", $"Data Source={Path.Combine(dataDirectory, "guangong.db")}", dataDirectory, null, null);
        }

        var name = "guangong_crash_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(options.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(options.PostgresAdmin) { Database = name };
        return new CrashStore("Postgres", builder.ConnectionString, dataDirectory, options.PostgresAdmin, name);
    }

    public async Task<RoundCheck> CheckAsync(IReadOnlySet<string> acknowledged)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        var integrity = "ok";
        if (connection is SqliteConnection)
        {
            integrity = (string)(await Scalar(connection, "PRAGMA integrity_check"))!;
        }

        var present = await Strings(connection, $"SELECT \"Title\" FROM \"Activities\" WHERE \"Title\" LIKE '{WriteLoad.TitlePrefix}%'");
        var audited = await Strings(connection,
            $"SELECT a.\"Title\" FROM \"Activities\" a WHERE a.\"Title\" LIKE '{WriteLoad.TitlePrefix}%' AND EXISTS (SELECT 1 FROM \"AuditEntries\" e WHERE e.\"Entity\" = 'Activity' AND e.\"EntityId\" = CAST(a.\"Id\" AS TEXT))");
        var keys = await Strings(connection,
            $"SELECT f.\"StorageKey\" FROM \"ActivityFiles\" f JOIN \"Activities\" a ON a.\"Id\" = f.\"ActivityId\" WHERE a.\"Title\" LIKE '{WriteLoad.TitlePrefix}%'");
        var filesMissing = keys.Where(k => !File.Exists(Path.Combine(_dataDirectory, "files", k[..2], k)) || new FileInfo(Path.Combine(_dataDirectory, "files", k[..2], k)).Length == 0).ToList();
        var withoutPhoto = present.Count - keys.Count;

        if (connection is SqliteConnection)
        {
            SqliteConnection.ClearAllPools();
        }

        return new RoundCheck(
            integrity,
            present.Count,
            acknowledged.Where(t => !present.Contains(t)).ToList(),
            present.Where(t => !audited.Contains(t)).ToList(),
            filesMissing,
            withoutPhoto);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_adminConnection is not null)
        {
            await using var admin = new NpgsqlConnection(_adminConnection);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private DbConnection Open() => Provider == "Sqlite" ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);

    private static async Task<object?> Scalar(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<HashSet<string>> Strings(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}

internal sealed record RoundCheck(string Integrity, int Present, List<string> Missing, List<string> Unaudited, List<string> FilesMissing, int WithoutPhoto)
{
    public bool Ok => Integrity == "ok" && Missing.Count == 0 && Unaudited.Count == 0 && FilesMissing.Count == 0 && WithoutPhoto == 0;
}

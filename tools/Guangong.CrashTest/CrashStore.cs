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
    private DateTime _since = DateTime.MaxValue;

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
        var records = await Rows(connection,
            $"SELECT f.\"StorageKey\", f.\"SizeBytes\", f.\"HasThumbnail\" FROM \"ActivityFiles\" f JOIN \"Activities\" a ON a.\"Id\" = f.\"ActivityId\" WHERE a.\"Title\" LIKE '{WriteLoad.TitlePrefix}%'");

        // A record and its file agree: the file is there with the recorded size (a torn write would be shorter), and so is
        // the thumbnail the record promises.
        var filesMissing = records
            .Where(r => !(File.Exists(FileOf(r.Key)) && new FileInfo(FileOf(r.Key)).Length == r.Size && (!r.HasThumbnail || File.Exists(FileOf(r.Key) + ".thumb.jpg"))))
            .Select(r => r.Key)
            .ToList();
        var withoutPhoto = present.Count - records.Count;

        // The other way round: a file of this run that no record names was written for a save the kill cut before its commit.
        var referenced = (await Strings(connection, "SELECT \"StorageKey\" FROM \"ActivityFiles\"")).ToHashSet(StringComparer.Ordinal);
        var unreferenced = Directory.Exists(Path.Combine(_dataDirectory, "files"))
            ? Directory.EnumerateFiles(Path.Combine(_dataDirectory, "files"), "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".thumb.jpg", StringComparison.Ordinal) && File.GetLastWriteTimeUtc(f) >= _since && !referenced.Contains(Path.GetFileName(f)))
                .Count()
            : 0;

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
            withoutPhoto,
            unreferenced);
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

    /// <summary>Files written from now on are this run's (the demo's own files are older).</summary>
    public void MarkStart() => _since = DateTime.UtcNow;

    private string FileOf(string key) => Path.Combine(_dataDirectory, "files", key[..2], key);

    private static async Task<List<(string Key, long Size, bool HasThumbnail)>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<(string, long, bool)>();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), Convert.ToBoolean(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
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

internal sealed record RoundCheck(string Integrity, int Present, List<string> Missing, List<string> Unaudited, List<string> FilesMissing, int WithoutPhoto, int Unreferenced)
{
    public bool Ok => Integrity == "ok" && Missing.Count == 0 && Unaudited.Count == 0 && FilesMissing.Count == 0 && WithoutPhoto == 0;
}

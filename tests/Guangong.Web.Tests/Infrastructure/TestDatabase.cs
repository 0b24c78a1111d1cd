using Npgsql;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// Where a test app keeps its data: a fresh SQLite file, or a fresh database on the PostgreSQL
/// server named by GUANGONG_TEST_POSTGRES (an admin connection string). Without that server the
/// PostgreSQL tests skip locally, and fail under CI=true, where they must run.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Sqlite() => new SqliteTestDatabase();

    /// <summary>A fresh SQLite file holding a copy of another one (closed, so its log is already folded in).</summary>
    public static TestDatabase SqliteCopyOf(TestDatabase original)
    {
        var source = ((SqliteTestDatabase)original).FilePath;
        var copy = new SqliteTestDatabase();
        File.Copy(source, copy.FilePath);
        if (File.Exists(source + "-wal"))
        {
            File.Copy(source + "-wal", copy.FilePath + "-wal");
        }

        return copy;
    }

    /// <summary>A fresh PostgreSQL database made from another one as its template (nobody may be connected to it).</summary>
    public static async Task<TestDatabase> PostgresCopyOfAsync(TestDatabase original)
    {
        var template = (PostgresTestDatabase)original;
        var name = $"guangong_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(template.Admin);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template.Name}\"", connection);
                await create.ExecuteNonQueryAsync();
                return new PostgresTestDatabase(template.Admin, name);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // Another copy being made from the same template at this moment.
                await Task.Delay(100 * attempt);
            }
        }
    }

    /// <summary>Closes this process's idle connections to the database, so it can be copied.</summary>
    public abstract void ClosePooledConnections();

    /// <summary>Null when no server is configured outside CI.</summary>
    public static async Task<TestDatabase?> PostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable("GUANGONG_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (InCi)
            {
                throw new InvalidOperationException("CI=true but GUANGONG_TEST_POSTGRES is not set: PostgreSQL tests must run in CI.");
            }

            return null;
        }

        var name = $"guangong_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresTestDatabase(admin!, name);
    }

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "guangong-tests", Guid.NewGuid().ToString("N"));

        public SqliteTestDatabase() => Directory.CreateDirectory(_dir);

        public string FilePath => Path.Combine(_dir, "guangong.db");

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={FilePath}";

        // All pools: the app's connection string carries its own timeout, so its pool has another key.
        public override void ClosePooledConnections() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a finishing request; the temp folder is cleaned by the OS.
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(string admin, string name) : TestDatabase
    {
        public string Admin => admin;

        public string Name => name;

        public override string Provider => "Postgres";

        public override void ClosePooledConnections() => NpgsqlConnection.ClearAllPools();

        public override string ConnectionString => new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

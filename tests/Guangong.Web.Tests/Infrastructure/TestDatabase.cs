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

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={Path.Combine(_dir, "guangong.db")}";

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
        public override string Provider => "Postgres";

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

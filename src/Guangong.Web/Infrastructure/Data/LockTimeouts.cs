using Microsoft.Data.Sqlite;
using Npgsql;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Puts the configured lock timeout on the app's connections, so a write blocked by another
/// connection's lock fails after a few seconds (answered 503 "database busy", nothing saved) instead
/// of hanging the request: PostgreSQL's lock_timeout in the connection's startup options (set when the
/// connection opens, no extra round trip), and Microsoft.Data.Sqlite's retry time for SQLITE_BUSY
/// (its "Default Timeout", which it uses for nothing else). A value already in the connection string wins.
/// </summary>
public static class LockTimeouts
{
    public static string Postgres(string connectionString, int seconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (seconds <= 0 || builder.Options?.Contains("lock_timeout", StringComparison.OrdinalIgnoreCase) == true)
        {
            return connectionString;
        }

        builder.Options = $"{builder.Options} -c lock_timeout={seconds * 1000}".Trim();
        return builder.ConnectionString;
    }

    public static string Sqlite(string connectionString, int seconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (seconds <= 0 || connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        builder.DefaultTimeout = seconds;
        return builder.ConnectionString;
    }
}

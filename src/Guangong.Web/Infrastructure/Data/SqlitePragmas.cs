using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// WAL with synchronous=FULL on every connection: a committed write survives a crash or power
/// loss (security baseline, durability). The busy timeout is the configured lock timeout.
/// </summary>
internal sealed class SqlitePragmas(int lockTimeoutSeconds = 5) : DbConnectionInterceptor
{
    private readonly string Sql = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={Math.Max(0, lockTimeoutSeconds) * 1000};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

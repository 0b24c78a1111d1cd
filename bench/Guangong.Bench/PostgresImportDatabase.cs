using System.Data.Common;
using System.Globalization;
using Guangong.Web;
using Microsoft.AspNetCore.Builder;
using Npgsql;
using NpgsqlTypes;

namespace Guangong.Bench;

/// <summary>
/// The import case on a generated PostgreSQL database (<c>GUANGONG_BENCH_PG</c>, e.g. a town preset made with
/// <c>Seed__Demo=true</c> so that 郑陆 and 焦溪村 are in it): each side on a database created from it as a template; the
/// bare side reads the file, draws the ids from the sequences in one query per table, as the app's bulk writer does, and
/// writes the volunteers, their history lines and the audit lines with binary COPY in one transaction.
/// </summary>
internal sealed class PostgresImportDatabase(string connectionString) : IImportDatabase
{
    public static PostgresImportDatabase FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("GUANGONG_BENCH_PG") ?? throw new InvalidOperationException("Set GUANGONG_BENCH_PG to a generated town's PostgreSQL connection string (generated with Seed__Demo=true)."));

    public string Name => "PostgreSQL";

    public async Task<(double Ms, long Rows)> OnCopyAsync(Func<string, Task<(long Rows, double Ms)>> run)
    {
        var source = new NpgsqlConnectionStringBuilder(connectionString);
        var copy = new NpgsqlConnectionStringBuilder(connectionString) { Database = $"guangong_import_{Guid.NewGuid():N}" };
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await ServerAsync(server, $"CREATE DATABASE \"{copy.Database}\" TEMPLATE \"{source.Database}\"");
        // The copy and the other side's run written out before this side's clock starts, not during it.
        await ServerAsync(server, "CHECKPOINT");
        var folder = Path.Combine(Path.GetTempPath(), copy.Database!);
        Directory.CreateDirectory(folder);
        try
        {
            var (rows, ms) = await run(copy.ConnectionString);
            return (ms, rows);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ServerAsync(server, $"DROP DATABASE \"{copy.Database}\" WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        }
    }

    public WebApplication BuildApp(string copy)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Database:Provider"] = "Postgres";
        builder.Configuration["ConnectionStrings:Guangong"] = copy;
        builder.Configuration["DataDir"] = Path.Combine(Path.GetTempPath(), new NpgsqlConnectionStringBuilder(copy).Database!);
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddGuangongPlatform();
        return builder.Build();
    }

    public async Task<DbConnection> OpenAsync(string copy)
    {
        var connection = new NpgsqlConnection(copy);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> BareAsync(string copy, byte[] sheet)
    {
        await using var connection = new NpgsqlConnection(copy);
        await connection.OpenAsync();
        long unit, user;
        string path;
        await using (var find = new NpgsqlCommand("""SELECT "Id", "Path", (SELECT "Id" FROM "AspNetUsers" WHERE "UserName" = 'zhenglu') FROM "Units" WHERE "Name" = '焦溪村关工委'""", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (unit, path, user) = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
        }

        var lines = RosterImportScale.Read(sheet);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var (nowText, todayText) = (now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await using var tx = await connection.BeginTransactionAsync();
        var ids = await DrawIdsAsync(connection, "Volunteers", lines.Count);
        await using (var copyRows = await connection.BeginBinaryImportAsync("""
            COPY "Volunteers" ("Id", "UnitId", "UnitPath", "Name", "Gender", "Ethnicity", "BirthYear", "Phone", "Category", "Layer", "Status", "StatusDate", "CreatedUtc", "Version")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                await copyRows.StartRowAsync();
                await copyRows.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                await copyRows.WriteAsync(unit, NpgsqlDbType.Bigint);
                await copyRows.WriteAsync(path, NpgsqlDbType.Varchar);
                await copyRows.WriteAsync(line.Name, NpgsqlDbType.Varchar);
                await copyRows.WriteAsync(line.Male ? 1 : 2, NpgsqlDbType.Integer);
                await copyRows.WriteAsync(line.Ethnicity, NpgsqlDbType.Varchar);
                await copyRows.WriteAsync(line.BirthYear, NpgsqlDbType.Integer);
                await copyRows.WriteAsync(line.Phone, NpgsqlDbType.Varchar);
                await copyRows.WriteAsync(line.Category, NpgsqlDbType.Varchar);
                await copyRows.WriteAsync(line.Layer, NpgsqlDbType.Varchar);
                await copyRows.WriteAsync(2, NpgsqlDbType.Integer);
                await copyRows.WriteAsync(today, NpgsqlDbType.Date);
                await copyRows.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copyRows.WriteAsync(1L, NpgsqlDbType.Bigint);
            }

            await copyRows.CompleteAsync();
        }

        var historyIds = await DrawIdsAsync(connection, "VolunteerStatusChanges", lines.Count);
        await using (var copyHistory = await connection.BeginBinaryImportAsync("""
            COPY "VolunteerStatusChanges" ("Id", "VolunteerId", "UnitId", "UnitPath", "ToStatus", "Date", "Note", "CreatedUtc") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                await copyHistory.StartRowAsync();
                await copyHistory.WriteAsync(historyIds[i], NpgsqlDbType.Bigint);
                await copyHistory.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                await copyHistory.WriteAsync(unit, NpgsqlDbType.Bigint);
                await copyHistory.WriteAsync(path, NpgsqlDbType.Varchar);
                await copyHistory.WriteAsync(2, NpgsqlDbType.Integer);
                await copyHistory.WriteAsync(today, NpgsqlDbType.Date);
                await copyHistory.WriteAsync("录入名册", NpgsqlDbType.Varchar);
                await copyHistory.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copyHistory.CompleteAsync();
        }

        await using (var copyAudit = await connection.BeginBinaryImportAsync("""
            COPY "AuditEntries" ("TimestampUtc", "UserId", "UserName", "UnitPath", "UnitId", "Action", "Entity", "EntityId", "Changes") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var (volunteerChanges, historyChanges) = RosterImportScale.AuditChanges(lines[i], ids[i], unit, path, nowText, todayText);
                foreach (var (entity, id, changes) in new[] { ("Volunteer", ids[i], volunteerChanges), ("VolunteerStatusChange", historyIds[i], historyChanges) })
                {
                    await copyAudit.StartRowAsync();
                    await copyAudit.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await copyAudit.WriteAsync(user, NpgsqlDbType.Bigint);
                    await copyAudit.WriteAsync("zhenglu", NpgsqlDbType.Varchar);
                    await copyAudit.WriteAsync(path, NpgsqlDbType.Varchar);
                    await copyAudit.WriteAsync(unit, NpgsqlDbType.Bigint);
                    await copyAudit.WriteAsync("新增", NpgsqlDbType.Varchar);
                    await copyAudit.WriteAsync(entity, NpgsqlDbType.Varchar);
                    await copyAudit.WriteAsync(id.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                    await copyAudit.WriteAsync(changes, NpgsqlDbType.Text);
                }
            }

            await copyAudit.CompleteAsync();
        }

        await tx.CommitAsync();
        return lines.Count;
    }

    private static async Task<long[]> DrawIdsAsync(NpgsqlConnection connection, string table, int count)
    {
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence($1, 'Id')) FROM generate_series(1, $2)", connection);
        command.Parameters.AddWithValue($"\"{table}\"");
        command.Parameters.AddWithValue(count);
        var ids = new long[count];
        await using var reader = await command.ExecuteReaderAsync();
        for (var i = 0; await reader.ReadAsync(); i++)
        {
            ids[i] = reader.GetInt64(0);
        }

        return ids;
    }

    private static async Task ServerAsync(NpgsqlConnectionStringBuilder server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

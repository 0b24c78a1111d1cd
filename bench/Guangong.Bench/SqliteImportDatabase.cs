using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace Guangong.Bench;

/// <summary>The import case on a generated SQLite file (<c>GUANGONG_BENCH_DB</c>); the bare side inserts with prepared statements.</summary>
internal sealed class SqliteImportDatabase(string file) : IImportDatabase
{
    public static SqliteImportDatabase FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("GUANGONG_BENCH_DB") ?? throw new InvalidOperationException("Set GUANGONG_BENCH_DB to a generated town's or county's guangong.db."));

    public string Name => "SQLite";

    public async Task<(double Ms, long Rows)> OnCopyAsync(Func<string, Task<(long Rows, double Ms)>> run)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"guangong-import-{Guid.NewGuid():N}", "guangong.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        await using (var source = new SqliteConnection($"Data Source={file}"))
        await using (var target = new SqliteConnection($"Data Source={copy}"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        try
        {
            var (rows, ms) = await run(copy);
            return (ms, rows);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    public WebApplication BuildApp(string copy) => ScaleCaseBenchmarks.BuildApp(copy);

    public async Task<DbConnection> OpenAsync(string copy)
    {
        var connection = new SqliteConnection($"Data Source={copy}");
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> BareAsync(string copy, byte[] sheet)
    {
        await using var connection = new SqliteConnection($"Data Source={copy}");
        connection.Open();

        // The app's connection settings (SqlitePragmas): the same foreign keys checked and the commit as durable on both sides.
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
            await pragmas.ExecuteNonQueryAsync();
        }

        long unit, user;
        string path;
        await using (var find = connection.CreateCommand())
        {
            find.CommandText = "SELECT Id, Path, (SELECT Id FROM AspNetUsers WHERE UserName = 'zhenglu') FROM Units WHERE Name = '焦溪村关工委'";
            await using var reader = await find.ExecuteReaderAsync();
            await reader.ReadAsync();
            (unit, path, user) = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2));
        }

        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var tx = connection.BeginTransaction();
        await using var volunteer = Prepared(connection, """
            INSERT INTO Volunteers (UnitId, UnitPath, Name, Gender, Ethnicity, BirthYear, Phone, Category, Layer, Status, StatusDate, CreatedUtc, Version)
            VALUES ($u, $p, $n, $g, $e, $b, $ph, $c, $l, 2, $d, $now, 1) RETURNING Id
            """, "$u", "$p", "$n", "$g", "$e", "$b", "$ph", "$c", "$l", "$d", "$now");
        await using var history = Prepared(connection,
            "INSERT INTO VolunteerStatusChanges (VolunteerId, UnitId, UnitPath, ToStatus, Date, Note, CreatedUtc) VALUES ($v, $u, $p, 2, $d, '录入名册', $now) RETURNING Id",
            "$v", "$u", "$p", "$d", "$now");
        await using var audit = Prepared(connection, """
            INSERT INTO AuditEntries (Action, Changes, Entity, EntityId, IpAddress, TimestampUtc, UnitId, UnitPath, UserId, UserName)
            VALUES ('新增', $changes, $entity, $id, NULL, $now, $u, $p, $user, 'zhenglu')
            """, "$changes", "$entity", "$id", "$now", "$u", "$p", "$user");
        (audit.Parameters["$user"].Value, audit.Parameters["$u"].Value, audit.Parameters["$p"].Value, audit.Parameters["$now"].Value) = (user, unit, path, now);
        (volunteer.Parameters["$u"].Value, volunteer.Parameters["$p"].Value, volunteer.Parameters["$d"].Value, volunteer.Parameters["$now"].Value) = (unit, path, today, now);
        (history.Parameters["$u"].Value, history.Parameters["$p"].Value, history.Parameters["$d"].Value, history.Parameters["$now"].Value) = (unit, path, today, now);
        long count = 0;
        foreach (var line in RosterImportScale.Read(sheet))
        {
            volunteer.Parameters["$n"].Value = line.Name;
            volunteer.Parameters["$g"].Value = line.Male ? 1 : 2;
            volunteer.Parameters["$e"].Value = line.Ethnicity;
            volunteer.Parameters["$b"].Value = line.BirthYear;
            volunteer.Parameters["$ph"].Value = line.Phone;
            volunteer.Parameters["$c"].Value = line.Category;
            volunteer.Parameters["$l"].Value = line.Layer;
            var id = (long)(await volunteer.ExecuteScalarAsync())!;
            history.Parameters["$v"].Value = id;
            var historyId = (long)(await history.ExecuteScalarAsync())!;
            var (volunteerChanges, historyChanges) = RosterImportScale.AuditChanges(line, id, unit, path, now, today);
            await AuditAsync(audit, "Volunteer", id, volunteerChanges);
            await AuditAsync(audit, "VolunteerStatusChange", historyId, historyChanges);
            count++;
        }

        await tx.CommitAsync();
        return count;
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private static async Task AuditAsync(SqliteCommand audit, string entity, long id, string changes)
    {
        audit.Parameters["$changes"].Value = changes;
        audit.Parameters["$entity"].Value = entity;
        audit.Parameters["$id"].Value = id.ToString(CultureInfo.InvariantCulture);
        await audit.ExecuteNonQueryAsync();
    }
}

/// <summary>An audit line's field list as the app writes it: a JSON array of (field, old, new), Chinese kept as it is.</summary>
internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Changes((string Field, object? Value)[] fields) =>
        JsonSerializer.Serialize(fields.Select(f => new { f.Field, Old = (string?)null, New = Convert.ToString(f.Value, CultureInfo.InvariantCulture) }), Options);
}

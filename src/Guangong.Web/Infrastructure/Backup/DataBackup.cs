using Guangong.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Guangong.Web.Infrastructure.Backup;

/// <summary>
/// A backup is a folder: the database (SQLite's online backup of a consistent snapshot, taken
/// while the app keeps writing; pg_dump for PostgreSQL), every folder of the data directory
/// (uploaded files, imports, data-protection keys, so sessions and open forms survive a restore)
/// and a manifest of checksums written last. Restore goes only into an empty place, after the
/// backup has been verified, so it can never overwrite live data.
/// </summary>
public sealed class DataBackup(DatabaseOptions database, string dataDirectory, TimeProvider clock)
{
    public const string SqliteFile = "guangong.db";

    public const string PostgresFile = "guangong.pgdump";

    /// <summary>Folders of the data directory that are not data (where scheduled backups go by default).</summary>
    public static readonly IReadOnlySet<string> Skipped = new HashSet<string>(StringComparer.Ordinal) { "backups" };

    public async Task<BackupManifest> CreateAsync(string folder, CancellationToken ct = default)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException($"备份目录“{folder}”不是空的，请换一个新目录。");
        }

        Directory.CreateDirectory(folder);
        var started = clock.GetUtcNow().UtcDateTime;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(database.ConnectionString);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, SqliteFile), Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);

            // The copy is one self-contained file: no -wal or -shm beside it for a reader to create
            // and leave behind (the app switches a restored file back to WAL when it opens it).
            await using var rollback = target.CreateCommand();
            rollback.CommandText = "PRAGMA journal_mode=DELETE";
            await rollback.ExecuteNonQueryAsync(ct);
        }
        else
        {
            await PostgresTools.RunAsync("pg_dump", database.ConnectionString, ["--format=custom", "--no-owner", "--file", Path.Combine(folder, PostgresFile)], ct);
        }

        foreach (var sub in DataFolders(dataDirectory))
        {
            CopyTree(sub, Path.Combine(folder, Path.GetFileName(sub)));
        }

        var entries = new List<BackupManifest.Entry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            entries.Add(await BackupManifest.DescribeAsync(folder, file, ct));
        }

        var manifest = new BackupManifest(started, database.Provider.ToString(), database.Provider == DatabaseProvider.Sqlite ? SqliteFile : PostgresFile, entries);
        await manifest.WriteAsync(folder, ct);
        return manifest;
    }

    /// <summary>Problems with the backup in <paramref name="folder"/>; none means it can be restored.</summary>
    public static async Task<IReadOnlyList<string>> VerifyAsync(string folder, CancellationToken ct = default)
    {
        var manifest = await BackupManifest.ReadAsync(folder, ct);
        if (manifest is null)
        {
            return [$"“{folder}”里没有备份清单（{BackupManifest.FileName}）：备份不完整，或这不是备份目录。"];
        }

        var problems = (await manifest.CheckAsync(folder, ct)).ToList();
        if (problems.Count == 0 && manifest.Database == SqliteFile)
        {
            await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, SqliteFile), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await db.OpenAsync(ct);
            await using var check = db.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (await check.ExecuteScalarAsync(ct) is not "ok")
            {
                problems.Add("数据库文件未通过完整性检查。");
            }
        }

        return problems;
    }

    /// <summary>Restores into this instance's database and data directory, which must both be empty.</summary>
    public async Task RestoreAsync(string folder, CancellationToken ct = default)
    {
        folder = Path.GetFullPath(folder);
        var problems = await VerifyAsync(folder, ct);
        if (problems.Count > 0)
        {
            throw new BackupException("备份未通过校验，未恢复：" + string.Join("；", problems));
        }

        var manifest = (await BackupManifest.ReadAsync(folder, ct))!;
        if (manifest.Provider != database.Provider.ToString())
        {
            throw new BackupException($"这是{manifest.Provider}数据库的备份，当前配置的是{database.Provider}。");
        }

        var occupied = DataFolders(dataDirectory).Where(d => Directory.EnumerateFileSystemEntries(d).Any()).Select(Path.GetFileName).ToList();
        if (occupied.Count > 0)
        {
            throw new BackupException($"数据目录里已有数据（{string.Join("、", occupied)}），只能恢复到空的数据目录。");
        }

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var target = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (File.Exists(target) && new FileInfo(target).Length > 0)
            {
                throw new BackupException($"数据库文件“{target}”已存在，只能恢复到空的数据目录。");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.Copy(Path.Combine(folder, SqliteFile), target, overwrite: true);
        }
        else
        {
            await using var db = new NpgsqlConnection(database.ConnectionString);
            await db.OpenAsync(ct);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", db);
            if ((long)(await count.ExecuteScalarAsync(ct))! > 0)
            {
                throw new BackupException("目标数据库里已有数据表，只能恢复到空的数据库。");
            }

            await PostgresTools.RunAsync("pg_restore", database.ConnectionString, ["--no-owner", "--exit-on-error", "--dbname", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database ?? "postgres", Path.Combine(folder, PostgresFile)], ct);
        }

        foreach (var sub in Directory.GetDirectories(folder))
        {
            CopyTree(sub, Path.Combine(dataDirectory, Path.GetFileName(sub)));
        }
    }

    private static IEnumerable<string> DataFolders(string dataDirectory) =>
        Directory.Exists(dataDirectory)
            ? Directory.GetDirectories(dataDirectory).Where(d => !Skipped.Contains(Path.GetFileName(d))).Order(StringComparer.Ordinal)
            : [];

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: false);
        }

        foreach (var sub in Directory.EnumerateDirectories(from))
        {
            CopyTree(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}

/// <summary>A backup that cannot be made, verified or restored, with the reason in Chinese.</summary>
public sealed class BackupException(string message) : Exception(message);

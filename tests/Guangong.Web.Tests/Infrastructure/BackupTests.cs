using System.Net;
using System.Security.Cryptography;
using Guangong.Web.Infrastructure.Backup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Tests.Activities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// A backup taken while the platform runs restores into an empty place with every table row and
/// every uploaded file as it was; a damaged backup and an occupied target are refused.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    public async Task A_sqlite_backup_taken_while_running_restores_every_table_and_file()
    {
        await using var app = new GuangongApp(TestDatabase.Sqlite());
        await AddActivityWithPhotoAsync(app);
        var folder = NewFolder();
        await app.Services.GetRequiredService<DataBackup>().CreateAsync(folder);
        Assert.Empty(await DataBackup.VerifyAsync(folder));

        var target = NewFolder();
        var restored = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(target, "guangong.db")};Pooling=False" };
        await new DataBackup(restored, target, TimeProvider.System).RestoreAsync(folder);

        await using var before = new SqliteConnection(app.Database.ConnectionString);
        await using var after = new SqliteConnection(restored.ConnectionString);
        Assert.Equal(await TableChecksums.OfAsync(before), await TableChecksums.OfAsync(after));
        Assert.Equal(FilesOf(app.DataDirectory), FilesOf(target));
        Assert.Contains(FilesOf(target).Keys, k => k.StartsWith("files/", StringComparison.Ordinal));
        Assert.Contains(FilesOf(target).Keys, k => k.StartsWith("keys/", StringComparison.Ordinal));

        var again = new DataBackup(restored, target, TimeProvider.System);
        var occupied = await Assert.ThrowsAsync<BackupException>(() => again.RestoreAsync(folder));
        Assert.Contains("只能恢复到空的数据目录", occupied.Message);
    }

    [Fact]
    public async Task A_damaged_or_unfinished_backup_is_not_restored()
    {
        await using var app = new GuangongApp(TestDatabase.Sqlite());
        _ = app.Server;
        var folder = NewFolder();
        await app.Services.GetRequiredService<DataBackup>().CreateAsync(folder);
        var key = Directory.GetFiles(Path.Combine(folder, "keys")).First();
        await File.AppendAllTextAsync(key, " ");

        var problems = await DataBackup.VerifyAsync(folder);
        Assert.Contains(problems, p => p.Contains("校验值不符", StringComparison.Ordinal));

        File.Delete(Path.Combine(folder, BackupManifest.FileName));
        var target = NewFolder();
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(target, "guangong.db")}" };
        var refused = await Assert.ThrowsAsync<BackupException>(() => new DataBackup(options, target, TimeProvider.System).RestoreAsync(folder));
        Assert.Contains("备份清单", refused.Message);
        Assert.False(File.Exists(Path.Combine(target, "guangong.db")));
    }

    [Fact]
    public async Task A_postgres_backup_restores_into_an_empty_database_with_every_row()
    {
        if (await TestDatabase.PostgresAsync() is not { } database)
        {
            Assert.Skip("PostgreSQL is not configured (set GUANGONG_TEST_POSTGRES).");
            return;
        }

        await using var app = new GuangongApp(database);
        await AddActivityWithPhotoAsync(app);
        var folder = NewFolder();
        await app.Services.GetRequiredService<DataBackup>().CreateAsync(folder);
        Assert.Empty(await DataBackup.VerifyAsync(folder));

        await using var empty = (await TestDatabase.PostgresAsync())!;
        var target = NewFolder();
        var options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = empty.ConnectionString };
        await new DataBackup(options, target, TimeProvider.System).RestoreAsync(folder);

        await using var before = new NpgsqlConnection(database.ConnectionString);
        await using var after = new NpgsqlConnection(empty.ConnectionString);
        Assert.Equal(await TableChecksums.OfAsync(before), await TableChecksums.OfAsync(after));
        Assert.Equal(FilesOf(app.DataDirectory), FilesOf(target));
    }

    private static async Task AddActivityWithPhotoAsync(GuangongApp app)
    {
        var api = await app.ApiClientAsync("wsz-school");
        var school = await app.UnitAsync("乌审召小学");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(System.Text.Json.JsonSerializer.Serialize(new { title = "备份前的活动", category = "防溺水", status = "Completed", date = "2023-07-01", unitId = school.Id.ToString() })), "activity" },
            { new ByteArrayContent(ActivityForms.Jpeg(80, 60)), "photos", "before-backup.jpg" },
        };
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/activities", form)).StatusCode);
    }

    private static SortedDictionary<string, string> FilesOf(string dataDirectory) => new(
        Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dataDirectory, f).Replace('\\', '/'))
            .Where(f => f.Contains('/') && !f.StartsWith("backups/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(dataDirectory, f))))),
        StringComparer.Ordinal);

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "guangong-tests", "backup-" + Guid.NewGuid().ToString("N"));
}

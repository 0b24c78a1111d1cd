namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// The demo towns migrated and seeded once per provider and test run. Each test class's app starts on
/// a copy (the SQLite file copied, or CREATE DATABASE … TEMPLATE on PostgreSQL) and a copy of its data
/// folder (keys, demo pictures) instead of running every migration and the whole seed again, which
/// was most of the suite's time. Apps with their own clock or settings still seed from nothing: the
/// demo's dates follow the clock.
/// </summary>
public static class DemoTemplate
{
    private static readonly Lazy<Task<Seeded?>> SqliteSeed = new(() => SeedAsync(Task.FromResult<TestDatabase?>(TestDatabase.Sqlite())));

    private static readonly Lazy<Task<Seeded?>> PostgresSeed = new(() => SeedAsync(TestDatabase.PostgresAsync()));

    private sealed record Seeded(TestDatabase Database, string DataDirectory);

    public static async Task<GuangongApp> SqliteAppAsync(bool kestrel = false)
    {
        var seeded = (await SqliteSeed.Value)!;
        return new GuangongApp(TestDatabase.SqliteCopyOf(seeded.Database), kestrel, seededData: seeded.DataDirectory);
    }

    /// <summary>Null when no PostgreSQL server is configured outside CI.</summary>
    public static async Task<GuangongApp?> PostgresAppAsync()
    {
        if (await PostgresSeed.Value is not { } seeded)
        {
            return null;
        }

        return new GuangongApp(await TestDatabase.PostgresCopyOfAsync(seeded.Database), seededData: seeded.DataDirectory);
    }

    private static async Task<Seeded?> SeedAsync(Task<TestDatabase?> create)
    {
        if (await create is not { } database)
        {
            return null;
        }

        var app = new GuangongApp(database);
        _ = app.Server; // migrations and the demo seed
        var dataDirectory = app.DataDirectory;
        await app.StopAsync();
        database.ClosePooledConnections();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new Seeded(database, dataDirectory);
    }
}

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>One app per test class and provider; the database is created fresh and dropped afterwards.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    private GuangongApp? _app;

    public GuangongApp App
    {
        get
        {
            if (_app is null)
            {
                Assert.Skip("PostgreSQL is not configured (set GUANGONG_TEST_POSTGRES).");
            }

            return _app;
        }
    }

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        if (await CreateDatabaseAsync() is { } database)
        {
            _app = new GuangongApp(database);
            _ = _app.Server; // start now: migrations and demo seed run once for the class
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed class SqliteAppFixture : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.Sqlite());
}

public sealed class PostgresAppFixture : AppFixture
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}

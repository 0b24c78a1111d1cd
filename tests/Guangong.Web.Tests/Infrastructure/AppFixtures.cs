namespace Guangong.Web.Tests.Infrastructure;

/// <summary>One app per test class and provider, on its own copy of the seeded demo database, dropped afterwards.</summary>
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

    /// <summary>An app on a copy of the seeded demo database; null when the provider is not configured.</summary>
    protected abstract Task<GuangongApp?> CreateAppAsync();

    public async ValueTask InitializeAsync()
    {
        _app = await CreateAppAsync();
        if (_app is not null)
        {
            _ = _app.Server; // start now, once for the class
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
    protected override async Task<GuangongApp?> CreateAppAsync() => await DemoTemplate.SqliteAppAsync();
}

public sealed class PostgresAppFixture : AppFixture
{
    protected override Task<GuangongApp?> CreateAppAsync() => DemoTemplate.PostgresAppAsync();
}

using System.Net;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>The whole platform on a real database with the demo towns loaded.</summary>
/// <param name="seededData">The data folder of the database's seeded original (<see cref="DemoTemplate"/>), copied in before the start.</param>
public sealed class GuangongApp(TestDatabase database, bool kestrel = false, bool demo = true, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null, string? seededData = null) : WebApplicationFactory<Program>
{
    private int dataCopied;

    public TestDatabase Database => database;

    /// <summary>This app's data folder (keys, uploads, imports), separate from every other test app.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "guangong-tests", "data-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // WithWebHostBuilder runs this again for each derived app; they share the folder, copied once.
        if (seededData is not null && Interlocked.Exchange(ref dataCopied, 1) == 0)
        {
            CopyFolder(seededData, DataDirectory);
        }

        builder.UseEnvironment("Testing");

        // Outside Development the build-time static asset manifest must be asked for explicitly.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Guangong", database.ConnectionString);
        builder.UseSetting("Seed:Demo", demo ? "true" : "false");
        builder.UseSetting("DataDir", DataDirectory);

        // Tests issue many tokens and uploads from one address in a minute; RequestLimitTests asks for the real limits.
        builder.UseSetting("Limits:TokensPerMinute", "100000");
        builder.UseSetting("Limits:UploadsPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorFileLogger()));
        if (clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }

        if (kestrel)
        {
            this.UseKestrel(0);
        }
    }

    /// <summary>The address of the real server (only with kestrel: true).</summary>
    public string ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        }
    }

    /// <summary>A client that keeps cookies but does not follow redirects, so tests see each answer.</summary>
    public HttpClient Browser() => Browser(new CookieContainer());

    /// <summary>The same, with a cookie jar the test can read (to copy a cookie, say).</summary>
    public HttpClient Browser(CookieContainer jar) =>
        CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(jar));

    /// <summary>Runs code against the database with a chosen scope (system unless a unit path is given).</summary>
    public Task<T> WithDbAsync<T>(Func<GuangongDbContext, Task<T>> work, long? unitId = null, string? unitPath = null) =>
        WithServiceAsync(work, unitId, unitPath);

    /// <summary>Runs code with one of the app's services in a fresh request-like scope.</summary>
    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work, long? unitId = null, string? unitPath = null)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        var dataScope = scope.ServiceProvider.GetRequiredService<DataScope>();
        if (unitPath is null)
        {
            dataScope.Widen();
        }
        else
        {
            dataScope.Restrict(unitId ?? 0, unitPath);
        }

        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Stops the app and leaves its database and data folder as they are (to copy them).</summary>
    public async Task StopAsync() => await base.DisposeAsync();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    public static HttpStatusCode[] Denied => [HttpStatusCode.NotFound, HttpStatusCode.Forbidden];
}

using System.Net;
using Guangong.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

public sealed class ProductionStartTests
{
    [Fact]
    public async Task Without_demo_data_only_an_administrator_with_a_one_time_password_exists()
    {
        await using var app = new GuangongApp(TestDatabase.Sqlite(), demo: false);
        _ = app.Server;
        var users = await app.WithDbAsync(db => db.Users.ToListAsync());
        var admin = Assert.Single(users);
        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.Equal(0, await app.WithDbAsync(db => db.Units.CountAsync()));
        Assert.Equal(RoleNames.All.Count, await app.WithDbAsync(db => db.Roles.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.DictionaryItems.AnyAsync(d => d.Kind == "五老类别" && d.Value == "老教师")));

        var login = await app.Browser().GetStringAsync("/login");
        Assert.DoesNotContain("Demo@12345", login);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().LoginAsync("admin", "Demo@12345")).StatusCode);
    }
}

/// <summary>How the platform meets the network when it runs for real: behind a TLS proxy, as Production.</summary>
public sealed class TransportTests
{
    [Fact]
    public void The_readme_start_command_runs_as_production()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Guangong.slnx")))
        {
            directory = directory.Parent;
        }

        var settings = File.ReadAllText(Path.Combine(directory!.FullName, "src", "Guangong.Web", "Properties", "launchSettings.json"));
        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", settings);
    }

    /// <summary>
    /// The README's command and the benchmarks run a build's output, not a publish: ASP.NET Core then watches wwwroot for
    /// edits (on a build's manifest, whatever the environment), and sends every stylesheet and script uncached and as a
    /// gzip stream without compression (232 KB of Bootstrap on each page a phone opens over 3G). Only Development does that now.
    /// </summary>
    [Fact]
    public async Task The_stylesheets_and_scripts_go_out_compressed_and_kept_by_the_phone_under_their_fingerprint()
    {
        await using var app = new GuangongApp(TestDatabase.Sqlite(), demo: false);
        var login = await app.Browser().GetStringAsync("/login");
        var assets = System.Text.RegularExpressions.Regex.Matches(login, "(?:href|src)=\"((?:lib|css|js|_framework)/[^\"]+\\.[0-9a-z]{10}\\.(?:css|js))\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.StartsWith("lib/bootstrap/", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("css/app.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
        using var client = app.CreateDefaultClient(new Uri("http://localhost"));
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + asset);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request);
            var sent = (await response.Content.ReadAsByteArrayAsync()).Length;
            using var plain = await client.GetAsync("/" + asset);
            var whole = (await plain.Content.ReadAsByteArrayAsync()).Length;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
            Assert.True(whole < 2_048 ? sent < whole : sent * 2 < whole, $"{asset}: {sent} B sent compressed of {whole} B"); // text shrinks 3–8 times, a few lines less
        }
    }

    [Fact]
    public async Task Behind_a_tls_proxy_cookies_are_secure_hsts_is_sent_and_the_server_is_not_named()
    {
        await using var app = new GuangongApp(TestDatabase.Sqlite(), kestrel: true);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.ServerAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "guangong.example.cn");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = response.Headers.GetValues("Set-Cookie").First(c => c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("127.0.0.2", false)]
    [InlineData("127.0.0.1", true)]
    public async Task Configured_proxies_replace_loopback_as_the_only_ones_whose_forwarded_headers_count(string proxy, bool honoured)
    {
        // The test client connects from loopback: 127.0.0.1, ::1 when localhost resolves to it, or
        // ::ffff:127.0.0.1 on a dual-mode socket; each form is listed beside the proxy's.
        var v6 = proxy == "127.0.0.1" ? "::1" : "::2";
        var settings = new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = proxy, ["ForwardedHeaders:KnownProxies:1"] = v6, ["ForwardedHeaders:KnownProxies:2"] = "::ffff:" + proxy,
        };
        await using var app = new GuangongApp(TestDatabase.Sqlite(), kestrel: true, settings: settings);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.ServerAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "guangong.example.cn"); // HSTS is never sent to localhost

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(honoured, response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = response.Headers.GetValues("Set-Cookie").First(c => c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(honoured, antiforgery.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}

using System.Net;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Guangong.Web.Tests.Accounts;

/// <summary>Idle 30 minutes and absolute 12 hours, on a clock the test moves.</summary>
public sealed class SessionTimeoutTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private GuangongApp _app = default!;

    public ValueTask InitializeAsync()
    {
        _app = new GuangongApp(TestDatabase.Sqlite(), clock: _clock);
        _ = _app.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_session_idle_for_thirty_minutes_ends()
    {
        var client = await _app.SignedInAsync("zhenglu");
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/login", idle.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_active_session_still_ends_after_twelve_hours()
    {
        var client = await _app.SignedInAsync("tianning");
        for (var i = 0; i < 12 * 3; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            var response = await client.GetAsync("/");
            if (i < 12 * 3 - 1)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }
        }
    }
}

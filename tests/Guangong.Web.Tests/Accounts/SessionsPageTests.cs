using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Accounts;

/// <summary>A user sees where their account is signed in and can sign out of every other device.</summary>
public sealed class SessionsPageTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Signing_out_everywhere_else_ends_the_other_devices_and_keeps_this_one()
    {
        var desk = await App.SignedInAsync("tianning");
        var phone = await App.SignedInAsync("tianning");
        var token = await App.ApiClientAsync("tianning");

        var page = await desk.GetStringAsync("/account/sessions");
        Assert.Contains("（当前这台）", page);
        Assert.Contains("手机应用（令牌）", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "当前这台"));

        var ended = await desk.PostFormAsync("/account/sessions", "sessions-end-others", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("ended=2", ended.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/units")).StatusCode);
        Assert.DoesNotContain("手机应用（令牌）", await desk.GetStringAsync("/account/sessions"));
    }
}

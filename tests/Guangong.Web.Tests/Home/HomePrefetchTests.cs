using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Home;

/// <summary>
/// Issue 12: a recorder's 记录活动 form is fetched while the home page is read (speculation rules in App.razor), so on a
/// slow network the tap waits for no round trip. The browser side is measured by bench/phone-record (Chromium reports
/// PrefetchResponseUsed); here: the rules, the marked link and a policy that lets the rules run.
/// </summary>
public sealed class HomePrefetchTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task A_recorders_home_page_marks_the_form_to_fetch_ahead_and_its_policy_lets_the_rules_run()
    {
        var response = await (await fixture.App.SignedInAsync("zl-jiaoxi")).GetAsync("/");
        var home = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script type=\"speculationrules\"", home);
        Assert.Contains("\"selector_matches\": \"a[data-prerender]\"", home);
        Assert.Contains("href=\"/activities/new\" data-prerender data-enhance-nav=\"false\"", home);
        Assert.Contains("script-src 'self' 'inline-speculation-rules';", response.Headers.GetValues("Content-Security-Policy").Single());

        // A volunteer who records nothing gets no form fetched on their behalf.
        var elder = await (await fixture.App.SignedInAsync("wsz-elder")).GetStringAsync("/");
        Assert.DoesNotContain("data-prerender data-enhance-nav", elder);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Authorization is said once (named policies), so what a user is shown and what they may open
/// agree: every link of the menu and the home page, and every link without a record id on the
/// pages those lead to (their buttons: 培训学时统计, 服务时长, 新增…), answers 200 for every demo account.
/// </summary>
public sealed partial class NoLinkToForbiddenTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    public static TheoryData<string> DemoAccounts => new(["admin", "tianning", "tianning-gw", "zhenglu", "wushenzhao", "wsz-school", "wsz-reporter", "wsz-elder"]);

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Every_link_shown_from_the_menu_and_home_tiles_opens(string userName)
    {
        var client = await App.SignedInAsync(userName);
        var home = await client.GetStringAsync("/");
        var first = Links(home).ToList();
        Assert.NotEmpty(first);

        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var second = new List<string>();
        foreach (var link in first.Where(seen.Add))
        {
            var response = await client.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{link} → {(int)response.StatusCode} (from /)");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                second.AddRange(Links(await response.Content.ReadAsStringAsync()).Where(l => !l.Any(char.IsAsciiDigit)).Select(l => $"{l}\t{link}"));
            }
        }

        foreach (var entry in second)
        {
            var (link, from) = (entry.Split('\t')[0], entry.Split('\t')[1]);
            if (!seen.Add(link))
            {
                continue;
            }

            var response = await client.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{link} → {(int)response.StatusCode} (from {from})");
            }
        }

        Assert.True(failures.Count == 0, $"{userName} is shown links that do not open:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Every_routed_page_names_a_policy_rather_than_roles()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var byRoles = endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.DisplayName).ToList();
        Assert.True(byRoles.Count == 0, "Authorized by a role list instead of a policy:\n" + string.Join('\n', byRoles));
        var policies = endpoints.SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>()).Select(a => a.Policy).OfType<string>().Distinct().ToList();
        Assert.All(policies, p => Assert.True(Policies.Roles.ContainsKey(p), $"{p} is not one of Policies"));
        Assert.Contains(Policies.CanManageRoster, policies);
    }

    [Fact]
    public async Task A_page_the_user_may_not_open_answers_the_403_page()
    {
        var client = await App.SignedInAsync("wsz-reporter");
        var response = await client.GetAsync("/training/hours");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_volunteers_account_is_offered_no_export_and_cannot_fetch_one()
    {
        var elder = await App.SignedInAsync("wsz-elder");
        string[] pages = ["/activities", "/plans", "/plans/assignments", "/activities/coverage"];
        foreach (var page in pages)
        {
            var html = await elder.GetStringAsync(page);
            Assert.DoesNotContain("导出Excel", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await elder.GetAsync("/activities/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elder.GetAsync("/plans/assignments/export")).StatusCode);
        var officer = await App.SignedInAsync("wushenzhao");
        Assert.Contains("导出Excel", await officer.GetStringAsync("/activities"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/activities/export")).StatusCode);
    }

    [Theory]
    [InlineData("zl-jiaoxi", true)]
    [InlineData("zl-school", false)]
    [InlineData("zl-company", false)]
    public async Task A_school_or_company_recorder_is_not_offered_the_village_programs(string userName, bool offered)
    {
        // Stations, patrols, cafés and 零犯罪村 are a village committee's work: a school's menu would lead to forms it cannot finish.
        var menu = Links(await (await App.SignedInAsync(userName)).GetStringAsync("/")).ToHashSet();
        foreach (var village in new[] { "/stations", "/applications", "/cafes", "/water", "/zero-crime", "/bases" })
        {
            Assert.True(menu.Contains(village) == offered, $"{userName}: {village}");
        }

        Assert.Equal(userName == "zl-school", !menu.Contains("/enterprises"));
    }

    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.StartsWith("/_", StringComparison.Ordinal) && !h.StartsWith("/lib/", StringComparison.Ordinal))
            .Where(h => !h.Contains('.', StringComparison.Ordinal))
            .Distinct();

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

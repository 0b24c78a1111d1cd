using System.Net;
using System.Text.RegularExpressions;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Accounts;

/// <summary>
/// The header's unit switcher: a district viewer looks at one town, and from there the switcher still offers the
/// district and its other towns (it offered the chosen town's own units only, so there was no way back but signing out).
/// </summary>
public abstract partial class UnitSwitcherTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_viewer_switches_down_to_a_town_and_back_up_to_the_district()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var viewer = await App.SignedInAsync("tianning");
        var home = await viewer.GetStringAsync("/");
        Assert.Equal(district.Id.ToString(), Selected(home));
        Assert.Contains(zhenglu.Id.ToString(), Offered(home));

        await SwitchAsync(viewer, home, zhenglu.Id);
        var atTown = await viewer.GetStringAsync("/");
        Assert.Equal(zhenglu.Id.ToString(), Selected(atTown));
        Assert.Contains(district.Id.ToString(), Offered(atTown));
        Assert.Contains((await App.UnitAsync("焦溪村关工委")).Id.ToString(), Offered(atTown));

        await SwitchAsync(viewer, atTown, district.Id);
        Assert.Equal(district.Id.ToString(), Selected(await viewer.GetStringAsync("/")));
    }

    private static async Task SwitchAsync(HttpClient client, string page, long unitId)
    {
        var response = await client.PostAsync("/account/switch-unit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page),
            ["unitId"] = unitId.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string Switcher(string html) => SwitcherPattern().Match(html) is { Success: true } m ? m.Value : throw new InvalidOperationException("No unit switcher on the page.");

    private static List<string> Offered(string html) => [.. OptionPattern().Matches(Switcher(html)).Select(m => m.Groups[1].Value)];

    private static string? Selected(string html) => SelectedPattern().Match(Switcher(html)) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<select id=\"switch-unit\"[\\s\\S]*?</select>")]
    private static partial Regex SwitcherPattern();

    [GeneratedRegex("<option value=\"(\\d+)\"")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<option value=\"(\\d+)\" selected")]
    private static partial Regex SelectedPattern();
}

public sealed class UnitSwitcherTestsOnSqlite(SqliteAppFixture fixture) : UnitSwitcherTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class UnitSwitcherTestsOnPostgres(PostgresAppFixture fixture) : UnitSwitcherTests(fixture), IClassFixture<PostgresAppFixture>;

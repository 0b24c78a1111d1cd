using Guangong.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>The committee pages as the 乌审召 officer uses them, in Chromium.</summary>
public sealed class CommitteesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_officer_opens_the_printable_roster_from_the_committee_list()
    {
        var page = await browser.SignedInPageAsync("wushenzhao");
        await page.ClickAsync("nav.sidebar >> text=关工委班子");
        await page.ClickAsync("[data-testid=committees] >> text=乌审召镇关工委");
        await Assertions.Expect(page.Locator("[data-testid=team]")).ToContainTextAsync("宝音图");
        await Assertions.Expect(page.Locator(".rule-results")).ToContainTextAsync("配备秘书长或干事");
        await page.ClickAsync("text=打印组成名单");
        var roster = page.Locator("[data-testid=roster]");
        await Assertions.Expect(roster).ToContainTextAsync("乌审召镇关工委组成成员");
        await Assertions.Expect(roster.Locator(".roster-group").First).ToContainTextAsync("宝音图（党委副书记）");
        Assert.StartsWith("主", (await roster.Locator(".roster-role").First.TextContentAsync())!.Trim());
        await BrowserFixture.ScreenshotAsync(page, "committee-roster");
    }
}

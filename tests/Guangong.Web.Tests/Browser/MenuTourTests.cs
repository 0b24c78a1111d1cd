using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>Every menu entry of every demo role opens a real page with a heading, at PC and phone width.</summary>
public sealed class MenuTourTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("admin", 1280)]
    [InlineData("wushenzhao", 1280)]
    [InlineData("wsz-school", 360)]
    [InlineData("tianning", 1280)]
    [InlineData("wsz-elder", 360)]
    public async Task Every_menu_page_opens(string userName, int width)
    {
        var page = await browser.SignedInPageAsync(userName, width);
        var links = await page.Locator("nav.sidebar a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var href in links.Distinct())
        {
            var response = await page.GotoAsync(href);
            Assert.True(response!.Status == 200, $"{userName} {href}: {response.Status}");
            await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{userName} {href} scrolls sideways by {overflow}px at {width}px");
            await BrowserFixture.ScreenshotAsync(page, $"tour-{userName}-{href.Trim('/').Replace('/', '-')}");
        }
    }
}

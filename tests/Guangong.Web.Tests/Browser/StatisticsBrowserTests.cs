using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>A town officer's statistics on a 360 px phone: hints that match the screen, and a refused line shown where it is.</summary>
public sealed class StatisticsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_swipe_hint_shows_only_above_a_table_wider_than_the_phone()
    {
        var page = await browser.SignedInPageAsync("zhenglu", width: 360);
        await page.GotoAsync("/statistics");
        var hints = await page.EvaluateAsync<bool[][]>(
            "[...document.querySelectorAll('.scroll-hint')].map(h => [h.offsetParent !== null, h.nextElementSibling.scrollWidth > h.nextElementSibling.clientWidth + 1])");
        Assert.NotEmpty(hints);
        // "左右滑动可看全部3列" above three columns that fit read as a fault: shown exactly where the table scrolls.
        Assert.All(hints, h => Assert.Equal(h[1], h[0]));
    }

    [Fact]
    public async Task A_refused_typed_line_far_down_the_annual_return_is_scrolled_into_view()
    {
        var page = await browser.SignedInPageAsync("zhenglu", width: 360);
        await page.GotoAsync("/statistics/annual?year=2019");
        await page.FillAsync("#t-typed\\.lectures", "2.5");
        await page.ClickAsync("main button:has-text('保存填报数')");
        var message = page.Locator(".validation-message", new() { HasTextString = "按场计，应为整数" });
        await Assertions.Expect(message).ToBeVisibleAsync();
        // The banner at the top says only "请按提示修改"; the page shows the line to mend, not the banner.
        await Assertions.Expect(message).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#t-typed\\.lectures")).ToHaveValueAsync("2.5");
    }
}

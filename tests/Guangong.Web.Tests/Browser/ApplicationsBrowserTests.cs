using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>A district officer scores a village's application on a 360 px phone.</summary>
public sealed class ApplicationsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_review_scores_are_typed_on_a_phone_without_scrolling_sideways()
    {
        // The demo's 焦溪村 station applies for 市优; the district reviews it. Its six columns were 787 px wide with the
        // score inputs off the screen's right edge.
        var page = await browser.SignedInPhoneAsync("tianning-gw");
        await page.GotoAsync("/applications?queue=1");
        await page.Locator("main table a[href^='/applications/']").First.ClickAsync();
        var score = page.Locator("input[name='Review.Lines[0].Score']");
        await Assertions.Expect(score).ToBeVisibleAsync();

        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        var box = await score.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= 360, $"the first score input spans {box.X}–{box.X + box.Width} px");
        await Assertions.Expect(page.Locator("[data-testid=application-scores] tbody tr").First).ToContainTextAsync("审核得分");
        await BrowserFixture.ScreenshotAsync(page, "application-review-360");
    }
}

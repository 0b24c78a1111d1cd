using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>A 五老 volunteer on a 360 px phone in 长辈模式: checks in at today's activity and sees the hours.</summary>
public sealed class ElderBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_elder_checks_in_and_out_with_the_code_in_elder_mode_and_sees_the_verified_hours()
    {
        var page = await browser.SignedInPageAsync("wsz-elder", width: 360);
        await BrowserFixture.OpenMenuAsync(page);
        await page.ClickAsync("text=长辈模式");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");

        await BrowserFixture.OpenMenuAsync(page);

        await page.ClickAsync("nav.sidebar >> text=活动签到");
        await page.FillAsync("#code", "12");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator(".validation-message")).ToContainTextAsync("请输入6位数字签到码");

        // The demo's activity of today at 乌审召小学 is open for check-in with code 202300.
        await page.FillAsync("#code", "202300");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator(".checkin-card h2")).ToContainTextAsync("爷爷奶奶一堂课");
        await page.ClickAsync("button:has-text('签到')");
        await Assertions.Expect(page.Locator(".checkin-card")).ToContainTextAsync("签到。活动结束时请签退");
        // A check-out right after the check-in is asked once more (a second tap by mistake); the second tap is meant.
        await page.ClickAsync("button:has-text('签退')");
        await Assertions.Expect(page.Locator(".checkin-card .alert-danger")).ToContainTextAsync("如果活动确实已经结束，请再点一次“签退”");
        await page.ClickAsync("button:has-text('签退')");
        await Assertions.Expect(page.Locator(".checkin-card .alert-success")).ToContainTextAsync("已签退，本次服务 0.1 小时");
        await BrowserFixture.ScreenshotAsync(page, "checkin-elder-360");

        foreach (var url in new[] { "/", "/checkin", "/my/service" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 360px in elder mode");
            var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('.content .btn, .sidebar a, .topbar .btn')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height))");
            Assert.True(smallest >= 60, $"{url}: smallest target {smallest}px");
        }

        await Assertions.Expect(page.Locator("[data-testid=my-service]")).ToContainTextAsync("（本人签到）");
        await BrowserFixture.ScreenshotAsync(page, "my-service-elder-360");
    }

    [Theory]
    [InlineData("/activities/new")]
    [InlineData("/volunteers/new")]
    [InlineData("/plans/assignments")]
    [InlineData("/committees")]
    [InlineData("/training/new")]
    public async Task A_recorders_forms_fit_a_phone_in_elder_mode(string url)
    {
        var page = await browser.SignedInPageAsync("wsz-school", width: 360);
        if (!await page.Locator("body.elder").IsVisibleAsync())
        {
            await BrowserFixture.OpenMenuAsync(page);
            await page.ClickAsync("text=长辈模式");
            await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");
        }

        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 360px in elder mode");
        var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('.content .btn, .content .form-control, .content .form-select')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height))");
        Assert.True(smallest >= 48, $"{url}: smallest control {smallest}px");

        // A choice shows its whole words: beside 状态 the school's 组织单位 read "乌审召小学关工" in large type.
        var cut = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('main select')].filter(s => s.offsetParent).filter(s => {
              const st = getComputedStyle(s), ctx = document.createElement('canvas').getContext('2d');
              ctx.font = `${st.fontWeight} ${st.fontSize} ${st.fontFamily}`;
              return ctx.measureText(s.options[s.selectedIndex]?.text ?? '').width + parseFloat(st.paddingLeft) + parseFloat(st.paddingRight) > s.clientWidth + 1;
            }).map(s => `${s.id}: ${s.options[s.selectedIndex]?.text}`)
            """);
        Assert.True(cut.Length == 0, $"{url}: cut choices {string.Join("; ", cut)}");
        await BrowserFixture.ScreenshotAsync(page, "elder-360" + url.Replace('/', '-'));
    }
}

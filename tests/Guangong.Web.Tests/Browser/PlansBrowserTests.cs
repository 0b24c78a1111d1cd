using Guangong.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>A town officer imports a plan document in Chromium and follows it.</summary>
public sealed class PlansBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_officer_uploads_the_wushenzhao_plan_reviews_it_and_sees_its_progress()
    {
        var page = await browser.SignedInPageAsync("wushenzhao");
        await page.ClickAsync("nav.sidebar >> text=工作计划");
        await page.ClickAsync("text=导入计划");
        await page.SetInputFilesAsync("#plan-file", Path.Combine(AppContext.BaseDirectory, "Seeds", "wushenzhao-2023-plan.txt"));
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=draft-section]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-testid=draft-roster]")).ToContainTextAsync("宝音图");
        await Assertions.Expect(page.Locator(".plan-source")).ToContainTextAsync("乌审召镇人民政府");
        await BrowserFixture.ScreenshotAsync(page, "plan-import-preview");

        await page.ClickAsync("text=采纳全部建议");
        await Assertions.Expect(page.Locator("input[name='Edit.Pick']:checked").First).ToBeVisibleAsync();
        await page.FillAsync("#d-title", "乌审召镇2023年关心下一代工作计划（浏览器导入）");
        await page.ClickAsync("button[value=save]");
        await Assertions.Expect(page.Locator("[data-testid=plan-section]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator(".plan-overall [role=progressbar]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "plan-page");

        await page.ClickAsync("text=单位×任务");
        await Assertions.Expect(page.Locator("[data-testid=matrix]")).ToContainTextAsync("乌审召镇关工委");
    }
}

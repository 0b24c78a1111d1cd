using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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
        // The suggestions were ticked already: wait for the page the click sends back, or the title typed now is replaced
        // by the parsed one, which the demo's own plan has (a second import of it is refused).
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.FillAsync("#d-title", "乌审召镇2023年关心下一代工作计划（浏览器导入）");
        await page.ClickAsync("button[value=save]");
        await Assertions.Expect(page.Locator("[data-testid=plan-section]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator(".plan-overall [role=progressbar]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "plan-page");

        await page.ClickAsync("text=单位×任务");
        await Assertions.Expect(page.Locator("[data-testid=matrix]")).ToContainTextAsync("乌审召镇关工委");
    }

    [Fact]
    public async Task On_a_phone_in_elder_mode_a_plan_file_that_cannot_be_read_is_said_so_and_another_is_picked()
    {
        var page = await browser.SignedInPhoneAsync("zhenglu");
        await BrowserFixture.OpenMenuAsync(page);
        await page.ClickAsync("text=长辈模式");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");
        try
        {
            await page.GotoAsync("/plans/import");

            // A .docx whose first bytes are a zip's goes up, and is found unreadable only when read.
            await page.SetInputFilesAsync("#plan-file", new FilePayload { Name = "郑陆镇2023年工作意见（损坏）.docx", MimeType = "application/octet-stream", Buffer = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8] });
            var state = page.Locator("[data-upload-item] [data-upload-state]");
            await Assertions.Expect(state).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
            await page.ClickAsync("main form[data-upload-url] button[type=submit]");
            await Assertions.Expect(state).ToContainTextAsync("无法使用：");
            await Assertions.Expect(state).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-danger"));
            await Assertions.Expect(page.Locator("[data-upload-item] input[name=uploaded]")).ToHaveCountAsync(0);
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
            await BrowserFixture.ScreenshotAsync(page, "plan-import-unusable-elder-360");

            await page.SetInputFilesAsync("#plan-file", new FilePayload { Name = "计划.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("测试镇关工委2023年工作计划\n\n一、总体要求\n\n坚持以立德树人为根本任务。\n\n二、主要工作\n\n1．开展“五老”进校园活动，年内不少于4次。\n") });
            await Assertions.Expect(page.Locator("[data-upload-item]", new() { HasTextString = "计划.txt" }).Locator("[data-upload-state]")).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
            await page.ClickAsync("main form[data-upload-url] button[type=submit]");
            await Assertions.Expect(page.Locator("[data-testid=draft-section]")).ToHaveCountAsync(2);
        }
        finally
        {
            // Elder mode is the account's: the other tests of this class see zhenglu as before.
            await BrowserFixture.OpenMenuAsync(page);
            await page.ClickAsync("text=退出长辈模式");
        }
    }

    [Fact]
    public async Task The_officer_reads_a_summary_against_the_plan_on_a_phone_and_is_shown_the_date_the_save_needs()
    {
        var page = await browser.SignedInPhoneAsync("zhenglu");
        var planId = await browser.App.WithDbAsync(db => db.WorkPlans.Where(p => p.Title == "郑陆镇2023年关心下一代工作意见").Select(p => p.Id).SingleAsync());
        await page.GotoAsync($"{browser.BaseUrl}/plans/{planId}");
        await page.ClickAsync("text=对照总结记进展");
        await page.FillAsync("#summary-text", """
            郑陆镇关工委2023年上半年工作总结
            一、加强组织建设
            各村、社区、学校关工委班子已全部调整到位，新增“五老”志愿者23名。
            二、法治教育
            开展法治教育进校园、进村、进社区、进企业活动12场，受教育学生3000余人次。
            """);
        await page.ClickAsync("text=查找对应段落");
        await Assertions.Expect(page.Locator("[data-testid=summary-row]:visible")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));

        // The save button is far below the date; the refused save brings the date's message into view.
        await page.ClickAsync("text=记入勾选的进展");
        var message = page.Locator(".summary-date .validation-message");
        await Assertions.Expect(message).ToContainTextAsync("请填写日期");
        await Assertions.Expect(message).ToBeInViewportAsync();

        await page.FillAsync("#summary-date", "2023-06-30");
        await page.ClickAsync("text=记入勾选的进展");
        var saved = page.Locator("text=已按总结记入 2 项任务的进展");
        await Assertions.Expect(saved).ToBeInViewportAsync();
        await BrowserFixture.ScreenshotAsync(page, "plan-summary-progress");
    }
}

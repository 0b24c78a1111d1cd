using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>A school recorder records an activity on a phone in Chromium: defaults, a photo, a kept draft.</summary>
public sealed class ActivitiesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_the_list_filters_wait_behind_more_conditions_and_a_chosen_one_keeps_them_shown()
    {
        var phone = await browser.SignedInPhoneAsync("zhenglu");
        await phone.GotoAsync("/activities");
        var category = phone.Locator("main select[name=category]");
        Assert.False(await category.IsVisibleAsync());
        Assert.True(await phone.Locator("main input[name=q]").IsVisibleAsync());
        await phone.ClickAsync("main label.more-filters-button");
        Assert.True(await category.IsVisibleAsync());
        await category.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await phone.ClickAsync("main .filters button[type=submit]");
        await phone.WaitForURLAsync("**/activities?*category=*");
        Assert.True(await phone.Locator("main select[name=category]").IsVisibleAsync());
        Assert.Contains("已选1项", await phone.TextContentAsync("main label.more-filters-button"));

        // At a desk every condition stands in the row and there is no button.
        var desk = await browser.SignedInPageAsync("zhenglu");
        await desk.GotoAsync("/activities");
        Assert.True(await desk.Locator("main select[name=category]").IsVisibleAsync());
        Assert.False(await desk.Locator("main label.more-filters-button").IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_phone_the_month_calendar_reads_as_a_list_of_whole_titles_and_at_a_desk_as_a_grid()
    {
        var phone = await browser.SignedInPhoneAsync("zhenglu");
        await phone.GotoAsync("/activities/calendar?month=2023-05");
        var item = phone.Locator("main a.calendar-item").First;
        var box = await item.BoundingBoxAsync();
        // Seven 50 px columns cut each title to two characters on 17 px links.
        Assert.True(box!.Height >= 44 && box.Width >= 300, $"a calendar line is {box.Width}×{box.Height}px");
        Assert.True(await item.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "the title is cut");
        Assert.False(await phone.Locator("main .calendar-head").IsVisibleAsync());
        // Each day a line of its own, with its weekday (the grid's column heads are gone).
        Assert.Matches("^周[一二三四五六日]$", await phone.Locator("main .calendar-day:has(.calendar-item) .day-weekday").First.InnerTextAsync());

        var desk = await browser.SignedInPageAsync("zhenglu");
        await desk.GotoAsync("/activities/calendar?month=2023-05");
        Assert.True(await desk.Locator("main .calendar-head").IsVisibleAsync());
        Assert.False(await desk.Locator("main .day-weekday").First.IsVisibleAsync());
    }

    [Fact]
    public async Task A_recorder_records_an_activity_with_a_photo_on_a_phone_and_a_reload_loses_nothing()
    {
        var page = await browser.SignedInPageAsync("wsz-school", 360);
        await page.GotoAsync("/activities/new");
        var title = "手机记录" + Guid.NewGuid().ToString("N")[..4];
        Assert.Equal(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), await page.InputValueAsync("#a-date"));
        await page.FillAsync("#a-title", title);
        await page.SelectOptionAsync("#a-category", "法治教育");
        await page.FillAsync("#a-youth", "45");

        // The connection drops; the recorder opens the form again: what was typed is still there.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeVisibleAsync();
        Assert.Equal(title, await page.InputValueAsync("#a-title"));
        Assert.Equal("45", await page.InputValueAsync("#a-youth"));

        await page.SetInputFilesAsync("#a-photos", new FilePayload { Name = "现场.jpg", MimeType = "image/jpeg", Buffer = ActivityForms.Jpeg() });
        await page.ClickAsync("main button[type=submit]:has-text('保存')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".thumb img")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the activity page scrolls sideways by {overflow}px at 360px");
        await BrowserFixture.ScreenshotAsync(page, "activity-phone-saved");

        // Saved: the kept draft is gone, the next form starts clean with the category used last.
        await page.GotoAsync("/activities/new");
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeHiddenAsync();
        Assert.Equal(string.Empty, await page.InputValueAsync("#a-title"));
        Assert.Equal("法治教育", await page.InputValueAsync("#a-category"));
    }
}

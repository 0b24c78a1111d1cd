using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>The roster as the town officer and a school recorder use it, in Chromium.</summary>
public sealed class PeopleBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_officer_imports_a_roster_after_seeing_each_rows_problems()
    {
        var page = await browser.SignedInPageAsync("wushenzhao");
        await page.ClickAsync("nav.sidebar >> text=五老名册");
        await page.ClickAsync("text=Excel导入");
        await page.WaitForURLAsync("**/volunteers/import");

        var name = ChineseName.Unique("浏览器导入");
        var file = RosterFiles.Xlsx([RosterFiles.Row(name, phone: "13500000001", unit: "查汗淖学校"), RosterFiles.Row("无年份", year: "五五")]);
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "名册.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = file });
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("1 行可以导入（新增 1 人，更新 0 人，0 人无变化），1 行有问题");
        await Assertions.Expect(page.Locator("[data-testid=import-problems]")).ToContainTextAsync("出生年份");
        await BrowserFixture.ScreenshotAsync(page, "roster-import-preview");
        Assert.False(await browser.App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == name)), "nothing is written before confirmation");

        await page.ClickAsync("text=确认导入 1 人");
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("新增 1 人");
        await page.ClickAsync("text=查看五老名册");
        await page.FillAsync("input[name=q]", name);
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("查汗淖学校");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("135****0001");
    }

    [Fact]
    public async Task A_printed_roster_says_whose_it_is_how_many_which_page_and_the_conditions_without_the_form()
    {
        var page = await browser.SignedInPageAsync("wushenzhao");
        await page.GotoAsync("/volunteers?category=老教师");
        await page.EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var note = page.Locator("[data-testid=print-note]");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToContainTextAsync("乌审召");
        await Assertions.Expect(note).ToContainTextAsync("筛选条件：五老类别：老教师；状态：在册");
        await Assertions.Expect(page.Locator(".list-table .print-note")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"共 \d+ 人"));
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("nav.sidebar")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Assertions.Expect(note).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_in_elder_mode_a_picked_roster_says_at_once_whether_it_can_be_used()
    {
        const string xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var page = await browser.SignedInPhoneAsync("zhenglu");
        await BrowserFixture.OpenMenuAsync(page);
        await page.ClickAsync("text=长辈模式");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");
        await page.GotoAsync("/volunteers/import");

        // A spoiled file: refused as it goes up, in red, with the reason; the picker stays free for another file.
        var corrupt = RosterFiles.Xlsx([RosterFiles.Row("张三")])[..500];
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "郑陆镇五老名册（旧版，打不开）.xlsx", MimeType = xlsx, Buffer = corrupt });
        var bad = page.Locator("[data-upload-item]", new() { HasTextString = "打不开" }).Locator("[data-upload-state]");
        await Assertions.Expect(bad).ToContainTextAsync("无法使用：无法读取这个Excel文件", new() { Timeout = 30_000 });
        await Assertions.Expect(bad).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-danger"));
        await Assertions.Expect(bad).ToHaveCSSAsync("font-size", "18px");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        await BrowserFixture.ScreenshotAsync(page, "roster-import-unusable-elder-360");

        var name = ChineseName.Unique("手机导入");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "新名册.xlsx", MimeType = xlsx, Buffer = RosterFiles.Xlsx([RosterFiles.Row(name, phone: "13500000021")]) });
        var good = page.Locator("[data-upload-item]", new() { HasTextString = "新名册.xlsx" }).Locator("[data-upload-state]");
        await Assertions.Expect(good).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
        await page.ClickAsync("main form[data-upload-url] button[type=submit]");
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("1 行可以导入（新增 1 人");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        await page.ClickAsync("text=确认导入 1 人");
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已导入：新增 1 人");
        Assert.True(await browser.App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == name)));
    }

    [Fact]
    public async Task A_school_recorder_adds_a_volunteer_on_a_phone_and_fixes_a_bad_phone_number()
    {
        var page = await browser.SignedInPageAsync("wsz-school", 360);
        await page.GotoAsync("/volunteers/new");
        var name = ChineseName.Unique("手机录入");
        await page.FillAsync("#v-name", name);
        await page.SelectOptionAsync("#v-gender", "Female");
        await page.FillAsync("#v-year", "1957");
        await page.FillAsync("#v-phone", "1390477");
        await page.SelectOptionAsync("#v-category", "老教师");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator(".validation-message")).ToContainTextAsync("11位手机号");
        Assert.Equal(name, await page.InputValueAsync("#v-name"));
        await BrowserFixture.ScreenshotAsync(page, "volunteer-create-phone-error");

        await page.FillAsync("#v-phone", "13904770000");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync("乌审召小学");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the profile scrolls sideways by {overflow}px at 360px");
    }
}

using Guangong.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>Real pages in real Chromium, clicked as the users of the demo towns would.</summary>
public sealed class PlatformBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task In_page_links_stay_on_their_page_and_open_the_form_they_point_to()
    {
        // The layout has <base href="/">: a bare "#x" would be the home page's. 登记网吧 opens its closed form below the list.
        var page = await browser.SignedInPageAsync("zhenglu");
        await page.GotoAsync("/cafes");
        Assert.StartsWith("/cafes#", await page.GetAttributeAsync(".skip-link", "href"));
        await page.ClickAsync("main .page-actions >> text=登记网吧");
        await page.WaitForURLAsync("**/cafes?add=1#cafe-add");
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('cafe-add').parentElement.open"));
    }

    [Fact]
    public async Task A_school_recorder_cannot_open_a_sibling_units_page_by_url()
    {
        var sibling = await browser.App.UnitAsync("查汗淖学校");
        var page = await browser.SignedInPageAsync("wsz-school");
        Assert.Equal("乌审召小学", await page.TextContentAsync("[data-testid=current-unit]"));

        var response = await page.GotoAsync($"/units/{sibling.Id}");
        Assert.Equal(404, response!.Status);
        Assert.Contains("页面不存在", await page.TextContentAsync("h1"));
        Assert.DoesNotContain("查汗淖学校", await page.ContentAsync());
    }

    [Fact]
    public async Task The_town_officer_sees_both_schools_in_the_tree()
    {
        var page = await browser.SignedInPageAsync("wushenzhao");
        await page.ClickAsync("text=组织机构");
        await page.WaitForURLAsync("**/units");
        var tree = page.Locator("[data-testid=unit-tree]");
        await Assertions.Expect(tree).ToContainTextAsync("乌审召小学");
        await Assertions.Expect(tree).ToContainTextAsync("查汗淖学校");
        await Assertions.Expect(tree).Not.ToContainTextAsync("郑陆");
        await BrowserFixture.ScreenshotAsync(page, "units-tree-officer");

        await page.ClickAsync("[data-testid=unit-tree] >> text=查汗淖学校");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("查汗淖学校");
    }

    [Fact]
    public async Task Creating_a_unit_in_the_form_leaves_an_audit_entry()
    {
        var name = $"浏览器嘎查{Guid.NewGuid():N}"[..11];
        var officer = await browser.SignedInPageAsync("wushenzhao");
        await officer.GotoAsync("/units/new");

        // An empty name is refused beside the field and nothing is saved.
        await officer.ClickAsync("main button[type=submit]");
        await Assertions.Expect(officer.Locator(".validation-message").First).ToContainTextAsync("请填写单位名称");

        await officer.FillAsync("#name", name);
        await officer.SelectOptionAsync("#level", "Village");
        await officer.SelectOptionAsync("#kind", "Committee");
        await officer.FillAsync("#contact", "巴特尔");
        await officer.ClickAsync("main button[type=submit]");
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserFixture.ScreenshotAsync(officer, "unit-create-submitted");
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync(name);

        var admin = await browser.SignedInPageAsync("admin");
        await admin.GotoAsync("/admin/audit?entity=Unit&action=新增");
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync(name);
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync("wushenzhao");
        await BrowserFixture.ScreenshotAsync(admin, "audit-after-create");
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account()
    {
        var userName = $"lk{Guid.NewGuid():N}"[..10];
        var unit = await browser.App.UnitAsync("郑陆镇关工委");
        var created = await browser.App.WithServiceAsync<Features.Accounts.UserAdministration, Features.Accounts.UserAdministration.Outcome>(
            a => a.CreateAsync(userName, "锁定测试", unit.Id, [Features.Accounts.RoleNames.Recorder]));
        var page = await browser.NewPageAsync();
        for (var i = 0; i < 5; i++)
        {
            await page.GotoAsync("/login");
            await page.FillAsync("#userName", userName);
            await page.FillAsync("#password", "Wrong#Password9");
            await page.ClickAsync("button[type=submit]");
            await Assertions.Expect(page.Locator(".alert-danger")).ToBeVisibleAsync();
        }

        Assert.Contains("暂时不能登录", await page.TextContentAsync(".alert-danger"));
        await page.GotoAsync("/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", created.OneTimePassword!);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator(".alert-danger")).ToContainTextAsync("暂时不能登录");
        Assert.Contains("/login", page.Url);
        var user = await browser.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.UserName == userName));
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Pages_fit_a_360px_phone_and_elder_mode_enlarges_everything()
    {
        var page = await browser.SignedInPageAsync("wsz-elder", width: 360);
        foreach (var url in new[] { "/", "/units", "/account/change-password" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 360px");
        }

        await page.GotoAsync("/units");
        await BrowserFixture.ScreenshotAsync(page, "units-360");
        await BrowserFixture.OpenMenuAsync(page);
        await page.ClickAsync("text=长辈模式");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");
        // The toggle is a form post answered by the page again: wait for that page, not the moment the class appears.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("font-size", new System.Text.RegularExpressions.Regex("^(1[89]|[2-9][0-9])(\\.[0-9]+)?px$"));
        var fontSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)");
        Assert.True(fontSize >= 18, $"elder font size {fontSize}");
        var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('.content .btn, .sidebar a, .topbar .btn')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height))");
        Assert.True(smallest >= 60, $"smallest target {smallest}px");
        await BrowserFixture.ScreenshotAsync(page, "units-360-elder");

        // Remembered per user: a new sign-in keeps it.
        var again = await browser.SignedInPageAsync("wsz-elder", width: 360);
        await Assertions.Expect(again.Locator("body")).ToHaveClassAsync("elder");
        await BrowserFixture.OpenMenuAsync(again);
        await again.ClickAsync("text=退出长辈模式");
        await Assertions.Expect(again.Locator("body")).Not.ToHaveClassAsync("elder");
    }
}

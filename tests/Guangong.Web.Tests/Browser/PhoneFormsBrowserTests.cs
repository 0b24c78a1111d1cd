using System.Globalization;
using Guangong.Web.Features.Committees;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>
/// Issue 12 on a 360 px phone in Chromium, beyond the activity form: a café inspection's photo goes up as it is
/// picked and survives a refused save and a reload, saved once; and a committee seat removed in two taps comes
/// back with 撤销 on the page.
/// </summary>
public sealed class PhoneFormsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Save = "main form[data-upload-kind] button[type=submit]";

    [Fact]
    public async Task An_inspection_photo_goes_up_as_it_is_picked_and_is_saved_once_after_a_refusal_and_a_reload()
    {
        var (_, _, cafeId) = await SafetyPhotoTests.CafeAsync(browser.App);
        var page = await browser.SignedInPhoneAsync("zhenglu");
        var posts = 0;
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.EndsWith($"/cafes/{cafeId}", StringComparison.Ordinal))
            {
                posts++;
            }
        };
        await page.GotoAsync($"/cafes/{cafeId}");
        await page.SelectOptionAsync("#i-who", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#i-minors", "2");
        await page.CheckAsync("input[name='Inspection.SignPresent'][value='是']");
        await page.CheckAsync("input[name='Inspection.IdChecksDone'][value='否']");
        await page.Locator("#i-photos").SetInputFilesAsync(new FilePayload { Name = "门口.jpg", MimeType = "image/jpeg", Buffer = ActivityForms.Jpeg(800, 600) });
        var item = page.Locator("[data-upload-item]");
        await Assertions.Expect(item.Locator("[data-upload-state]")).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
        await Assertions.Expect(item.Locator("img")).ToHaveCountAsync(1);
        var token = await item.Locator("input[name=uploaded]").InputValueAsync();

        // Minors found but handed to nobody: refused; the photo is still on the form, nothing to pick again.
        await page.ClickAsync(Save);
        await Assertions.Expect(page.Locator(".validation-message", new() { HasTextString = "须移交" })).ToBeVisibleAsync();
        await Assertions.Expect(item.Locator("[data-upload-state]")).ToHaveTextAsync("已上传");
        Assert.Equal(token, await item.Locator("input[name=uploaded]").InputValueAsync());
        await BrowserFixture.ScreenshotAsync(page, "inspection-refused-photo-kept-360");

        // The tab is reloaded: the draft puts back the typed fields and the uploaded photo.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#i-minors")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("input[name='Inspection.IdChecksDone'][value='否']")).ToBeCheckedAsync();
        await Assertions.Expect(item.Locator("[data-upload-state]")).ToHaveTextAsync("已上传");

        await page.SelectOptionAsync("#i-follow", "Police");
        posts = 0;
        await page.Locator(Save).DblClickAsync();
        await Assertions.Expect(page.Locator(".alert-success", new() { HasTextString = "检查记录已保存" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".thumbs img")).ToHaveCountAsync(1);
        Assert.Equal(1, posts);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.CafeInspections.CountAsync(i => i.CafeId == cafeId)));
        Assert.False(await browser.App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)));

        // Back to the café: a fresh form, the draft cleared by the saved page.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#i-minors")).ToHaveValueAsync("0");
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-upload-item]")).ToHaveCountAsync(0);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.CafeInspections.CountAsync(i => i.CafeId == cafeId)));
    }

    [Fact]
    public async Task A_patrol_check_in_left_unsent_on_an_earlier_day_is_not_put_back_over_todays_rota()
    {
        // The demo's 五老 is on today's rota for 乌审召淖尔: the form opens with it ticked.
        var page = await browser.SignedInPhoneAsync("wsz-elder");
        await page.GotoAsync("/water/patrols");
        var rota = page.Locator("input[name=water]:checked");
        await Assertions.Expect(rota).ToHaveCountAsync(1);
        var water = page.Locator($"input[name=water][value='{await rota.GetAttributeAsync("value")}']");
        var today = await page.InputValueAsync("#ci-date");

        // Unticked and left unsent the same day: the phone puts it back, and says so.
        await water.UncheckAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeVisibleAsync();
        await Assertions.Expect(water).Not.ToBeCheckedAsync();

        // The same draft as if kept since yesterday: dropped; today's date and today's rota stand.
        var yesterday = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.EvaluateAsync(
            "([today, yesterday]) => { const key = 'draft:patrol-check-in'; const draft = JSON.parse(localStorage.getItem(key)); draft.day = yesterday; " +
            "for (const k in draft.data) { if (draft.data[k] === today) draft.data[k] = yesterday; } localStorage.setItem(key, JSON.stringify(draft)); }",
            new[] { today, yesterday });
        await page.ReloadAsync();
        await Assertions.Expect(water).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#ci-date")).ToHaveValueAsync(today);
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('draft:patrol-check-in')"));
    }

    [Fact]
    public async Task An_officer_removes_a_seat_in_two_taps_and_puts_it_back_with_the_undo()
    {
        var unit = await browser.App.UnitAsync("乌审召镇关工委");
        var name = ChineseName.Unique("撤", 2);
        var added = await browser.App.WithServiceAsync<PositionCommands, CommandResult<LeadershipPosition>>(c => c.AddPositionAsync(unit.Id, new PositionInput
        {
            Role = "干事", PersonName = name, PostElsewhere = "镇文化站站长", TermStart = "2021-03-01", SortOrder = "90",
        }), unit.Id, unit.Path);
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));

        var page = await browser.SignedInPhoneAsync("wushenzhao");
        await page.GotoAsync($"/committees/{unit.Id}");
        await page.Locator("[data-testid=team] tr", new() { HasTextString = name }).Locator("a:has-text('编辑')").ClickAsync();

        // The first tap only asks; the second removes.
        await page.ClickAsync("summary:has-text('删除这条记录')");
        await Assertions.Expect(page.Locator(".confirm-step-body")).ToContainTextAsync("确定删除这条班子成员记录吗");
        Assert.True(await browser.App.WithDbAsync(db => db.LeadershipPositions.AnyAsync(p => p.PersonName == name)));
        await page.ClickAsync("button:has-text('确认删除')");
        var notice = page.Locator(".undo-notice");
        await Assertions.Expect(notice).ToContainTextAsync("已删除班子成员");
        await Assertions.Expect(notice).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("[data-testid=team]")).Not.ToContainTextAsync(name);
        Assert.False(await browser.App.WithDbAsync(db => db.LeadershipPositions.AnyAsync(p => p.PersonName == name)));
        await BrowserFixture.ScreenshotAsync(page, "seat-removed-undo-360");

        await notice.Locator("button:has-text('撤销')").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success", new() { HasTextString = "已恢复班子成员" })).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("[data-testid=team]")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator(".undo-notice")).ToHaveCountAsync(0);
        var back = await browser.App.WithDbAsync(db => db.LeadershipPositions.AsNoTracking().SingleAsync(p => p.PersonName == name));
        Assert.Equal(("干事", "镇文化站站长", unit.Id), (back.Role, back.PostElsewhere, back.UnitId));

        // The back button shows the removal's page again: the undo was used, it is not offered twice.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".undo-notice button")).ToHaveCountAsync(0);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.LeadershipPositions.CountAsync(p => p.PersonName == name)));
    }

    [Fact]
    public async Task The_forms_that_take_photos_fit_a_phone_in_elder_mode_with_a_picked_photo_listed()
    {
        var (_, _, cafeId) = await SafetyPhotoTests.CafeAsync(browser.App);
        var town = await browser.App.UnitAsync("郑陆镇关工委");
        var assignment = await browser.App.WithDbAsync(db => db.TaskAssignments.Where(a => a.UnitId == town.Id && !a.NotApplicable).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var page = await browser.SignedInPageAsync("zhenglu", width: 360);
        await BrowserFixture.OpenMenuAsync(page);
        await page.ClickAsync("text=长辈模式");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");

        foreach (var (url, picker) in new[]
        {
            ($"/cafes/{cafeId}", "#i-photos"), ("/water/patrols", "#ci-photos"), ($"/plans/assignments/{assignment}", "#g-files"),
            ("/notices/new", "#n-files"), ("/publicity/articles/new", "#a-images"),
        })
        {
            await page.GotoAsync(url);
            await page.Locator(picker).SetInputFilesAsync(new FilePayload { Name = "现场照片.jpg", MimeType = "image/jpeg", Buffer = ActivityForms.Jpeg(640, 480) });
            var item = page.Locator("[data-upload-item]");
            await Assertions.Expect(item.Locator("[data-upload-state]")).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 360px in elder mode");
            var remove = await item.Locator("[data-upload-remove]").BoundingBoxAsync();
            Assert.True(remove!.Height >= 44, $"{url}: the remove button is {remove.Height}px tall");
            await item.Locator("[data-upload-remove]").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.ScreenshotAsync(page, "upload-elder-360" + url.Replace('/', '-'));
        }
    }
}

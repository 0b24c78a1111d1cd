using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>
/// Issue 12's bad input on the activity form, on a 360 px phone in Chromium: a phone turned mid-form,
/// a double tap on 保存, the back button after saving, photos after a refused post.
/// </summary>
public sealed class ActivityFormBadInputBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Save = "main button[type=submit]:not([name])";

    [Fact]
    public async Task Turning_the_phone_loses_nothing_a_double_tap_saves_once_and_back_does_not_save_again()
    {
        var page = await browser.SignedInPhoneAsync("wsz-school");
        var posts = 0;
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.Contains("/activities/new", StringComparison.Ordinal))
            {
                posts++;
            }
        };
        await page.GotoAsync("/activities/new");
        var title = "双击保存" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#a-title", title);
        await page.SelectOptionAsync("#a-category", "法治教育");
        await page.FillAsync("#a-youth", "30");

        await page.SetViewportSizeAsync(780, 360);
        Assert.Equal(title, await page.InputValueAsync("#a-title"));
        Assert.Equal("30", await page.InputValueAsync("#a-youth"));
        await page.SetViewportSizeAsync(360, 780);

        await page.Locator(Save).DblClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        Assert.Equal(1, posts);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Activities.CountAsync(a => a.Title == title)));

        // The save was answered with the activity's page itself; the address bar names it, so a refresh
        // opens the activity again and sends nothing.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/activities/\d+\?saved=1$"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        Assert.Equal(1, posts);

        // Back after saving: an empty form (the kept draft was cleared), nothing sent again.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#a-title")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeHiddenAsync();
        Assert.Equal(1, posts);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Activities.CountAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Without_script_back_after_saving_opens_the_empty_form_the_notice_says_not_the_saved_values()
    {
        var page = await browser.SignedInPhoneAsync("wsz-school", script: false);
        await page.GotoAsync("/activities/new");
        var title = "无脚本返回" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#a-title", title);
        await page.SelectOptionAsync("#a-category", "法治教育");
        await page.FillAsync("#a-youth", "30");
        await page.Locator(Save).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

        // The browser would refill the fresh form with what was just saved, under "下面是一张新的空白表单", and one tap
        // would save it twice.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("[data-testid=just-saved]")).ToBeVisibleAsync();
        Assert.Equal((string.Empty, string.Empty), (await page.InputValueAsync("#a-title"), await page.InputValueAsync("#a-youth")));
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Activities.CountAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Photos_go_up_as_they_are_picked_and_survive_a_reload_and_a_refused_save_to_be_saved_once()
    {
        var page = await browser.SignedInPhoneAsync("wsz-school");
        await page.GotoAsync("/activities/new");
        await page.SelectOptionAsync("#a-category", "法治教育");

        // A camera-sized photo (3000×2000 with grain) picked together with a small one.
        var original = await page.EvaluateAsync<int>("""
            async () => {
              const make = async (w, h, q) => {
                const c = document.createElement('canvas'); c.width = w; c.height = h;
                const g = c.getContext('2d'); const img = g.createImageData(w, h);
                for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 7919) % 251;
                g.putImageData(img, 0, 0);
                return await new Promise(r => c.toBlob(r, 'image/jpeg', q));
              };
              const big = await make(3000, 2000, 0.95), small = await make(400, 300, 0.8);
              const input = document.querySelector('#a-photos'); const list = new DataTransfer();
              list.items.add(new File([big], 'camera.jpg', { type: 'image/jpeg' }));
              list.items.add(new File([small], 'small.jpg', { type: 'image/jpeg' }));
              input.files = list.files; input.dispatchEvent(new Event('change', { bubbles: true }));
              return big.size;
            }
            """);
        var items = page.Locator("[data-upload-item]");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await Assertions.Expect(items.Locator("[data-upload-state]", new() { HasTextString = "已上传" })).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelector('#a-photos').files.length"));
        var tokens = await page.Locator("input[name=uploaded]").EvaluateAllAsync<string[]>("e => e.map(i => i.value)");
        var sizes = await browser.App.WithDbAsync(db => db.PendingUploads.Where(p => tokens.Contains(p.Token)).OrderBy(p => p.Id).Select(p => p.SizeBytes).ToListAsync());
        Assert.Equal(2, sizes.Count);
        Assert.True(sizes.Max() < original / 2, $"the photo went up as {sizes.Max()} bytes, picked {original}");
        var key = await browser.App.WithDbAsync(db => db.PendingUploads.Where(p => tokens.Contains(p.Token)).OrderByDescending(p => p.SizeBytes).Select(p => p.StorageKey).FirstAsync());
        using (var codec = SkiaSharp.SKCodec.Create(Path.Combine(browser.App.DataDirectory, "files", key[..2], key)))
        {
            Assert.Equal(1600, Math.Max(codec.Info.Width, codec.Info.Height));
        }

        // The page is reloaded (a dropped tab): the kept draft lists both uploads again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeVisibleAsync();
        await Assertions.Expect(items.Locator("[data-upload-state]", new() { HasTextString = "已上传" })).ToHaveCountAsync(2);
        await Assertions.Expect(items.Locator("img")).ToHaveCountAsync(2);

        // No title: refused. Both uploads are still on the form; nothing is picked again.
        await page.ClickAsync(Save);
        await Assertions.Expect(page.Locator(".validation-message").First).ToBeVisibleAsync();
        await Assertions.Expect(items.Locator("[data-upload-state]", new() { HasTextString = "已上传" })).ToHaveCountAsync(2);

        // A user who doubts it picks the small photo again: it goes up, but the save keeps one copy.
        await page.EvaluateAsync("""
            async () => {
              const c = document.createElement('canvas'); c.width = 400; c.height = 300;
              const g = c.getContext('2d'); const img = g.createImageData(400, 300);
              for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 7919) % 251;
              g.putImageData(img, 0, 0);
              const small = await new Promise(r => c.toBlob(r, 'image/jpeg', 0.8));
              const input = document.querySelector('#a-photos'); const list = new DataTransfer();
              list.items.add(new File([small], 'small.jpg', { type: 'image/jpeg' }));
              input.files = list.files; input.dispatchEvent(new Event('change', { bubbles: true }));
            }
            """);
        await Assertions.Expect(items.Locator("[data-upload-state]", new() { HasTextString = "已上传" })).ToHaveCountAsync(3, new() { Timeout = 30_000 });

        var title = "先传后存" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#a-title", title);
        await page.ClickAsync(Save);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".thumb img")).ToHaveCountAsync(2);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Activities.CountAsync(a => a.Title == title)));
        Assert.Equal(2, await browser.App.WithDbAsync(db => db.ActivityFiles.CountAsync(f => f.Activity!.Title == title)));
        Assert.False(await browser.App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => tokens.Contains(p.Token))));
    }

    [Fact]
    public async Task A_photo_whose_upload_fails_goes_with_the_form_and_a_removed_one_does_not()
    {
        var page = await browser.SignedInPhoneAsync("wsz-school");
        await page.GotoAsync("/activities/new");
        await page.SelectOptionAsync("#a-category", "法治教育");
        var title = "上传失败" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#a-title", title);

        // The first pick cannot reach the server; the second goes up and is then taken off the form.
        await page.RouteAsync("**/uploads", route => route.AbortAsync());
        await PickAsync(page, "offline.jpg");
        await Assertions.Expect(page.Locator("[data-upload-state]", new() { HasTextString = "上传失败，保存时会再试" })).ToHaveCountAsync(1);
        await page.UnrouteAsync("**/uploads");
        await PickAsync(page, "removed.jpg");
        var removed = page.Locator("[data-upload-item]", new() { HasTextString = "removed.jpg" });
        await Assertions.Expect(removed.Locator("[data-upload-state]")).ToHaveTextAsync("已上传");
        var token = await removed.Locator("input[name=uploaded]").InputValueAsync();
        await removed.Locator("[data-upload-remove]").ClickAsync();
        await Assertions.Expect(removed).ToHaveCountAsync(0);

        await page.ClickAsync(Save);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var names = await browser.App.WithDbAsync(db => db.ActivityFiles.Where(f => f.Activity!.Title == title).Select(f => f.FileName).ToListAsync());
        Assert.Equal(["offline.jpg"], names);

        // The removal was sent without waiting for its answer; it lands soon after.
        for (var i = 0; i < 50 && await browser.App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(await browser.App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)));
    }

    private static Task PickAsync(IPage page, string name) => page.Locator("#a-photos").SetInputFilesAsync(
        new FilePayload { Name = name, MimeType = "image/jpeg", Buffer = ActivityForms.Jpeg(320, 240) });
}

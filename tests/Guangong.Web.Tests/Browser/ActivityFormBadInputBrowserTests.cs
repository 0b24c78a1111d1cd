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

        // Back after saving: an empty form (the kept draft was cleared), nothing sent again.
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#a-title")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeHiddenAsync();
        Assert.Equal(1, posts);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Activities.CountAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task A_camera_photo_is_made_small_and_kept_when_the_form_is_refused()
    {
        var page = await browser.SignedInPhoneAsync("wsz-school");
        await page.GotoAsync("/activities/new");
        await page.SelectOptionAsync("#a-category", "法治教育");

        // A camera-sized photo (3000×2000 with grain) picked together with a small one.
        var original = await page.EvaluateAsync<int>("""
            async () => {
              const c = document.createElement('canvas'); c.width = 3000; c.height = 2000;
              const g = c.getContext('2d'); const img = g.createImageData(3000, 2000);
              for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 7919) % 251;
              g.putImageData(img, 0, 0);
              const blob = await new Promise(r => c.toBlob(r, 'image/jpeg', 0.95));
              const input = document.querySelector('#a-photos'); const list = new DataTransfer();
              list.items.add(new File([blob], 'camera.jpg', { type: 'image/jpeg' }));
              input.files = list.files; input.dispatchEvent(new Event('change', { bubbles: true }));
              return blob.size;
            }
            """);
        await page.WaitForFunctionAsync("() => !document.querySelector('#a-photos').closest('form').hasAttribute('data-shrinking')");
        var sent = await page.EvaluateAsync<int[]>("""
            async () => {
              const f = document.querySelector('#a-photos').files[0];
              const b = await createImageBitmap(f); return [f.size, Math.max(b.width, b.height)];
            }
            """);
        Assert.True(sent[0] < original / 2, $"the photo goes as {sent[0]} bytes, picked {original}");
        Assert.Equal(1600, sent[1]);

        // No title: refused. The photo is still picked and the note beside it says so.
        await page.ClickAsync(Save);
        await Assertions.Expect(page.Locator(".validation-message").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-files-note]")).ToContainTextAsync("已保留");
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelector('#a-photos').files.length"));

        var title = "照片保留" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#a-title", title);
        await page.ClickAsync(Save);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".thumb img")).ToHaveCountAsync(1);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.ActivityFiles.CountAsync(f => f.Activity!.Title == title)));
    }
}

using Guangong.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>
/// A camera photo the phone's browser cannot decode to shrink (a 60 or 108 MP one on a small phone): it goes up as
/// picked and the server keeps it scaled; one over 200 MP is refused on the list with its reason on a line of its own,
/// the page still 360 px wide.
/// </summary>
public sealed class LargePhotoBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_photo_the_phone_cannot_shrink_is_kept_by_the_server_and_one_over_200_megapixels_is_refused_on_the_list()
    {
        var page = await browser.SignedInPhoneAsync("zl-jiaoxi");
        // As a phone whose browser runs out of memory decoding the photo: form-send.js then sends it as picked.
        await page.AddInitScriptAsync("window.createImageBitmap = () => Promise.reject(new Error('too large for this phone'));");
        await page.GotoAsync("/activities/new");
        var title = "手机缩不了" + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#a-title", title);
        if (string.IsNullOrEmpty(await page.InputValueAsync("#a-category")))
        {
            await page.SelectOptionAsync("#a-category", new SelectOptionValue { Index = 1 });
        }

        await page.Locator("#a-photos").SetInputFilesAsync(
        [
            new FilePayload { Name = "六千万像素.jpg", MimeType = "image/jpeg", Buffer = Images.Oriented(Images.FlatJpeg(9000, 6700), 6) },
            new FilePayload { Name = "两亿像素.jpg", MimeType = "image/jpeg", Buffer = Images.FlatJpeg(16400, 12300) },
        ]);
        var kept = page.Locator("[data-upload-item]", new() { HasTextString = "六千万像素.jpg" });
        await Assertions.Expect(kept.Locator("[data-upload-state]")).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
        await Assertions.Expect(kept.Locator("img")).ToHaveCountAsync(1);
        var refused = page.Locator("[data-upload-item]", new() { HasTextString = "两亿像素.jpg" }).Locator("[data-upload-state]");
        await Assertions.Expect(refused).ToHaveTextAsync("“两亿像素.jpg”无法作为图片打开：文件已损坏，或超过2亿像素。请换一张照片，或用手机压缩后再上传。");

        // The reason wraps under the name, inside the screen, instead of pushing the row (and the page) sideways.
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the form scrolls sideways by {overflow}px at 360px");
        var box = await refused.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= 360, $"the reason spans {box.X}–{box.X + box.Width}px");
        await refused.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "large-photo-refused-360");

        await page.Locator("main button[type=submit]:not([name])").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".thumb img")).ToHaveCountAsync(1);
        var photo = await browser.App.WithDbAsync(db => db.ActivityFiles.AsNoTracking().SingleAsync(f => f.Activity!.Title == title));
        Assert.Equal(("六千万像素.jpg", "image/jpeg", true), (photo.FileName, photo.ContentType, photo.HasThumbnail));
        Assert.InRange(photo.SizeBytes, 1, 200 * 1024);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Essays;
using Guangong.Web.Tests.Essays;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>
/// Issue 12 on the 征文 upload form, on a 360 px phone in Chromium: a picked .docx or .zip that the server cannot read is
/// said in red with the reason as it goes up (never a green 已上传), carries no token and does not travel with the form;
/// the good file picked beside it is saved alone.
/// </summary>
public sealed class EssayUploadBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Form = "main form[data-upload-kind='essay-file']";

    private static readonly string Body = string.Concat(Enumerable.Repeat("外婆教我包粽子，她说做事要有耐心。", 12));

    [Fact]
    public async Task A_docx_or_zip_that_cannot_be_read_is_refused_in_red_as_it_is_picked_and_is_not_sent()
    {
        var contest = await NewContestAsync();
        var page = await browser.SignedInPhoneAsync("zl-school");
        await page.GotoAsync($"/essays/{contest}");
        var picker = page.Locator("#u-file");
        var items = page.Locator($"{Form} [data-upload-item]");

        // A zip named .docx starts as a Word document does; only reading it shows it is none.
        await picker.SetInputFilesAsync(new FilePayload { Name = "坏文档.docx", MimeType = "application/octet-stream", Buffer = EssayTestFiles.Zip(("note.txt", "不是文档"u8.ToArray())) });
        var badDocx = items.Filter(new() { HasTextString = "坏文档.docx" }).Locator("[data-upload-state]");
        await Assertions.Expect(badDocx).ToContainTextAsync("无法使用", new() { Timeout = 30_000 });
        await Assertions.Expect(badDocx).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-danger"));

        await picker.SetInputFilesAsync(new FilePayload { Name = "坏压缩包.zip", MimeType = "application/zip", Buffer = [0x50, 0x4B, 0x03, 0x04, .. new byte[200]] });
        var badZip = items.Filter(new() { HasTextString = "坏压缩包.zip" }).Locator("[data-upload-state]");
        await Assertions.Expect(badZip).ToContainTextAsync("无法使用", new() { Timeout = 30_000 });
        await Assertions.Expect(badZip).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-danger"));
        await Assertions.Expect(page.Locator($"{Form} [data-upload-state]", new() { HasTextString = "已上传" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"{Form} input[name=uploaded]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "essay-unreadable-files-refused-360");

        // A good piece beside them: only it goes with the form, and it is saved.
        await picker.SetInputFilesAsync(new FilePayload { Name = "包粽子.docx", MimeType = "application/octet-stream", Buffer = EssayTestFiles.Docx("包粽子", "正路小学 五(1)班 李小禾", Body) });
        await Assertions.Expect(items.Filter(new() { HasTextString = "包粽子.docx" }).Locator("[data-upload-state]")).ToHaveTextAsync("已上传", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator($"{Form} input[name=uploaded]")).ToHaveCountAsync(1);
        await page.ClickAsync($"{Form} button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("done=1"));
        Assert.Equal(["包粽子"], await browser.App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == contest).Select(s => s.Title).ToListAsync()));
    }

    private async Task<long> NewContestAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var officer = await browser.App.ApiClientAsync("zhenglu");
        var response = await officer.PostAsJsonAsync("/api/v1/contests", new ContestInput
        {
            Title = "读不了的文件征文" + Guid.NewGuid().ToString("N")[..6], Level = "Town", Theme = "写一写家里的老手艺。", Groups = "UpperPrimary",
            StartsOn = today.AddDays(-5).ToString("yyyy-MM-dd"), SubmissionDeadline = today.AddDays(10).ToString("yyyy-MM-dd"), JudgingDeadline = today.AddDays(20).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}

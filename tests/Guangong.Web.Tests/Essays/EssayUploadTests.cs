using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Essays;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Guangong.Web.Tests.Essays;

/// <summary>
/// Issue 12's "a photo picked again after a validation error" on the 征文 entry forms: a typed piece's pictures and the
/// upload form's .docx or .zip go up as they are picked (FormUploadTests), a refused form lists them again, the save
/// claims them once, and a second send of the same form (its key) saves nothing twice.
/// </summary>
public abstract class EssayUploadTests(AppFixture fixture)
{
    private static readonly string Body = string.Concat(Enumerable.Repeat("爷爷带我去河边看候鸟，他说保护环境要从小事做起。", 10));

    private GuangongApp App => fixture.App;

    private async Task<long> NewContestAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var officer = await App.ApiClientAsync("zhenglu");
        var response = await officer.PostAsJsonAsync("/api/v1/contests", new ContestInput
        {
            Title = "先传图片征文" + Guid.NewGuid().ToString("N")[..6], Level = "Town", Theme = "写一写爷爷奶奶给你上的一堂课。", Groups = "UpperPrimary",
            StartsOn = today.AddDays(-5).ToString("yyyy-MM-dd"), SubmissionDeadline = today.AddDays(10).ToString("yyyy-MM-dd"), JudgingDeadline = today.AddDays(20).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync("/");
        var form = new MultipartFormDataContent
        {
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.PostAsync(PendingUploadEndpoints.Url, form);
    }

    private static async Task<PendingUploadDto> UploadedAsync(HttpClient client, string kind, string name, byte[] bytes)
    {
        var response = await UploadAsync(client, kind, name, bytes);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PendingUploadDto>())!;
    }

    private Task<bool> PendingAsync(string token) => App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_typed_piece_keeps_its_uploaded_picture_through_a_refusal_and_a_second_send_saves_nothing()
    {
        var contest = await NewContestAsync();
        var school = await App.SignedInAsync("zl-school");
        var officer = await App.SignedInAsync("zhenglu");

        // Only a picture is a piece's picture; a 五老 enters no pieces.
        Assert.Contains("不是可以打开的", await (await UploadAsync(school, EssayUploads.ImageKind.Name, "作文.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(await App.SignedInAsync("wsz-elder"), EssayUploads.ImageKind.Name, "a.jpg", ActivityForms.Jpeg())).StatusCode);

        var photo = await UploadedAsync(school, EssayUploads.ImageKind.Name, "候鸟.jpg", ActivityForms.Jpeg(800, 600));
        var key = OneTimeKey.New();
        var fields = new Dictionary<string, string> { ["s.Group"] = "UpperPrimary", ["s.Title"] = string.Empty, ["s.AuthorName"] = "李小雁", ["s.Text"] = Body, ["once"] = key };
        var refused = await TextAsync(await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-create", fields, uploaded: [photo.Token]));
        Assert.Contains($"value=\"{photo.Token}\"", refused);
        Assert.Contains("候鸟.jpg", refused);
        Assert.Contains($"value=\"{key}\"", refused);
        Assert.True(await PendingAsync(photo.Token));

        // Another user cannot claim it.
        fields["s.Title"] = "河边的候鸟";
        var stolen = await TextAsync(await ActivityForms.PostAsync(officer, $"/essays/{contest}", "submission-create", fields.Where(f => f.Key != "once").ToDictionary(), uploaded: [photo.Token]));
        Assert.Contains("请重新选择", stolen);

        var saved = await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-create", fields, uploaded: [photo.Token]);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.HtmlAsync());
        var piece = await App.WithDbAsync(db => db.Submissions.AsNoTracking().Include(s => s.Images).SingleAsync(s => s.ContestId == contest));
        Assert.Equal(("河边的候鸟", "候鸟.jpg"), (piece.Title, piece.Images.Single().FileName));
        Assert.False(await PendingAsync(photo.Token));

        // The same form sent again (a double tap with the script off, back and 保存): the same answer, nothing saved twice.
        var again = await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-create", fields, uploaded: [photo.Token]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(saved.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await App.WithDbAsync(db => db.Submissions.CountAsync(s => s.ContestId == contest)));
        Assert.Equal(1, await App.WithDbAsync(db => db.SubmissionImages.CountAsync(i => i.SubmissionId == piece.Id)));
    }

    [Fact]
    public async Task An_uploaded_docx_or_zip_is_kept_through_a_refusal_and_imported_once()
    {
        var contest = await NewContestAsync();
        var school = await App.SignedInAsync("zl-school");
        var wrong = await UploadAsync(school, EssayUploads.FileKind.Name, "作文.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("另存为 .docx", await wrong.Content.ReadAsStringAsync());

        var docx = await UploadedAsync(school, EssayUploads.FileKind.Name, "一堂课.docx", EssayTestFiles.Docx("奶奶的一堂课", "焦溪小学 五(1)班 周小荷", Body));
        var key = OneTimeKey.New();
        var fields = new Dictionary<string, string> { ["u.Group"] = string.Empty, ["once"] = key };
        var refused = await TextAsync(await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-upload", fields, uploaded: [docx.Token]));
        Assert.Contains("请选择本次征文的一个组别", refused);
        Assert.Contains($"value=\"{docx.Token}\"", refused);
        Assert.True(await PendingAsync(docx.Token));

        fields["u.Group"] = "UpperPrimary";
        var saved = await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-upload", fields, uploaded: [docx.Token]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("奶奶的一堂课", await App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == contest).Select(s => s.Title).SingleAsync()));
        Assert.False(await PendingAsync(docx.Token));
        var again = await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-upload", fields, uploaded: [docx.Token]);
        Assert.True(again.StatusCode == HttpStatusCode.Redirect, await again.HtmlAsync());
        Assert.Equal(saved.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await App.WithDbAsync(db => db.Submissions.CountAsync(s => s.ContestId == contest)));

        // A .zip of two pieces: imported with its report, the upload ended.
        var zip = await UploadedAsync(school, EssayUploads.FileKind.Name, "三年级.zip", EssayTestFiles.Zip(
            ("a.docx", EssayTestFiles.Docx("门前的小河", "焦溪小学 三(2)班 王一", Body)), ("b.docx", EssayTestFiles.Docx("外公的菜园", "焦溪小学 三(2)班 陈二", Body))));
        var report = await TextAsync(await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-upload", new Dictionary<string, string> { ["u.Group"] = "UpperPrimary" }, uploaded: [zip.Token]));
        Assert.Contains("已导入 2 篇", report);
        Assert.False(await PendingAsync(zip.Token));
        Assert.Equal(3, await App.WithDbAsync(db => db.Submissions.CountAsync(s => s.ContestId == contest)));
    }

    [Fact]
    public async Task A_docx_or_zip_that_cannot_be_read_is_refused_as_it_goes_up_and_one_spoiled_later_is_said_unusable_in_red()
    {
        var contest = await NewContestAsync();
        var school = await App.SignedInAsync("zl-school");

        // A zip named .docx starts as a .docx does; reading it as it goes up refuses it, with the reason.
        var notDocx = await UploadAsync(school, EssayUploads.FileKind.Name, "坏文件.docx", EssayTestFiles.Zip(("note.txt", "不是文档"u8.ToArray())));
        Assert.Equal(HttpStatusCode.BadRequest, notDocx.StatusCode);
        Assert.Contains("无法使用：坏文件.docx：", await TextAsync(notDocx));
        var notZip = await UploadAsync(school, EssayUploads.FileKind.Name, "坏压缩包.zip", [0x50, 0x4B, 0x03, 0x04, .. new byte[200]]);
        Assert.Equal(HttpStatusCode.BadRequest, notZip.StatusCode);
        Assert.Contains("无法使用：坏压缩包.zip：", await TextAsync(notZip));
        Assert.Equal(0, await App.WithDbAsync(db => db.PendingUploads.CountAsync(p => p.FileName.StartsWith("坏"))));

        // One that read as it went up but was spoiled on the disk since: 上传 says so in red and drops it.
        var spoiled = await UploadedAsync(school, EssayUploads.FileKind.Name, "后坏.docx", EssayTestFiles.Docx("会坏的文档", "正路小学 五(1)班 赵一", Body));
        var key = await App.WithDbAsync(db => db.PendingUploads.Where(p => p.Token == spoiled.Token).Select(p => p.StorageKey).SingleAsync());
        var path = Path.Combine(App.DataDirectory, "files", key[..2], key);
        await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(path))[..300]);
        var page = await TextAsync(await ActivityForms.PostAsync(school, $"/essays/{contest}", "submission-upload", new Dictionary<string, string> { ["u.Group"] = "UpperPrimary", ["once"] = OneTimeKey.New() }, uploaded: [spoiled.Token]));
        Assert.Contains("无法使用：后坏.docx", page);
        Assert.DoesNotContain(">已上传<", page);
        Assert.DoesNotContain($"value=\"{spoiled.Token}\"", page);
        Assert.False(await PendingAsync(spoiled.Token));
        Assert.Equal(0, await App.WithDbAsync(db => db.Submissions.CountAsync(s => s.ContestId == contest)));
    }
}

public sealed class EssayUploadTestsOnSqlite(SqliteAppFixture fixture) : EssayUploadTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EssayUploadTestsOnPostgres(PostgresAppFixture fixture) : EssayUploadTests(fixture), IClassFixture<PostgresAppFixture>;

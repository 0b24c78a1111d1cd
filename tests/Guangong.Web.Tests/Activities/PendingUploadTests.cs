using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// Files uploaded from the activity form as they are picked (issue 12's poor network): the upload
/// endpoint's checks, and the save's claim — the uploader's only, once, within the lifetime.
/// </summary>
public abstract class PendingUploadTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private string FilesDirectory => Path.Combine(App.DataDirectory, "files");

    private static Dictionary<string, string> Fields(string title, long unitId) => ActivityForms.NewActivityFields(title, unitId);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] bytes, bool withToken = true)
    {
        var page = await client.GetStringAsync("/"); // any page's form token: a 五老 may not open the activity form
        var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken");
        }

        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.PostAsync(PendingUploadEndpoints.Url, form);
    }

    private static async Task<PendingUploadDto> UploadedAsync(HttpClient client, string name, byte[] bytes)
    {
        var response = await UploadAsync(client, name, bytes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PendingUploadDto>())!;
    }

    /// <summary>Posts the new-activity form naming the uploads by their tokens, as the page script does.</summary>
    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, Dictionary<string, string> fields, params string[] tokens) =>
        ActivityForms.PostAsync(client, "/activities/new", "activity-create", fields, uploaded: tokens);

    [Fact]
    public async Task An_upload_is_checked_like_a_posted_file_and_only_its_uploader_sees_or_removes_it()
    {
        var school = await App.SignedInAsync("wsz-school");
        var officer = await App.SignedInAsync("wushenzhao");

        var photo = await UploadedAsync(school, "现场.jpg", ActivityForms.Jpeg(1200, 900));
        Assert.Matches("^[0-9a-f]{32}$", photo.Token);
        Assert.True(photo.IsImage);
        var row = await App.WithDbAsync(db => db.PendingUploads.SingleAsync(p => p.Token == photo.Token));
        Assert.True(File.Exists(Path.Combine(FilesDirectory, row.StorageKey[..2], row.StorageKey)));
        Assert.Equal("image/jpeg", (await school.GetAsync(photo.ThumbnailUrl)).Content.Headers.ContentType!.MediaType);

        // Another user of the same town: the token names nothing for them.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(photo.ThumbnailUrl)).StatusCode);
        var page = await officer.GetStringAsync("/activities/new");
        var delete = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page) });
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"{PendingUploadEndpoints.Url}/{photo.Token}/delete", delete)).StatusCode);
        Assert.True(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == photo.Token)));

        // The same checks as a file posted with the form: type by content, 50 MB, and the form's token.
        var exe = await UploadAsync(school, "照片.jpg", "MZ\u0090\0\u0003\0\0\0"u8.ToArray().Concat(new byte[2000]).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("不是允许的文件类型", await exe.Content.ReadAsStringAsync());
        var huge = new byte[EvidenceFiles.MaxBytes + 1];
        ActivityForms.Jpeg(10, 10).CopyTo(huge, 0);
        Assert.Contains("超过了每个文件50MB的上限", await (await UploadAsync(school, "大.jpg", huge)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(school, "无令牌.jpg", ActivityForms.Jpeg(), withToken: false)).StatusCode);

        // A 五老 volunteer records no activities, so uploads nothing either.
        var elder = await App.SignedInAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(elder, "x.jpg", ActivityForms.Jpeg())).StatusCode);

        // Its uploader takes it off the form: row and bytes go.
        page = await school.GetStringAsync("/activities/new");
        delete = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page) });
        Assert.Equal(HttpStatusCode.NoContent, (await school.PostAsync($"{PendingUploadEndpoints.Url}/{photo.Token}/delete", delete)).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == photo.Token)));
        Assert.False(File.Exists(Path.Combine(FilesDirectory, row.StorageKey[..2], row.StorageKey)));
    }

    [Fact]
    public async Task The_save_claims_the_uploaders_own_uploads_once_and_a_refused_form_keeps_them()
    {
        var unit = await App.UnitAsync("乌审召小学");
        var school = await App.SignedInAsync("wsz-school");
        var officer = await App.SignedInAsync("wushenzhao");
        var first = await UploadedAsync(school, "一.jpg", ActivityForms.Jpeg());
        var second = await UploadedAsync(school, "二.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var title = "先传后存" + Guid.NewGuid().ToString("N")[..6];

        // Refused (no title): nothing claimed, and the form lists both uploads again with their tokens.
        var noTitle = Fields(string.Empty, unit.Id);
        var refused = await (await SaveAsync(school, noTitle, first.Token, second.Token)).HtmlAsync();
        Assert.Contains($"value=\"{first.Token}\"", refused);
        Assert.Contains($"value=\"{second.Token}\"", refused);
        Assert.Contains("二.pdf", refused);
        Assert.Equal(2, await App.WithDbAsync(db => db.PendingUploads.CountAsync(p => p.Token == first.Token || p.Token == second.Token)));

        // Another user cannot claim them: refused, and they stay the uploader's.
        var stolen = await (await SaveAsync(officer, Fields(title + "他人", unit.Id), first.Token)).HtmlAsync();
        Assert.Contains("请重新选择", stolen);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title + "他人")));

        // The uploader's save claims both in the activity's transaction; the bytes are not copied.
        var keys = await App.WithDbAsync(db => db.PendingUploads.Where(p => p.Token == first.Token || p.Token == second.Token).OrderBy(p => p.Id).Select(p => p.StorageKey).ToListAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(school, Fields(title, unit.Id), first.Token, second.Token)).StatusCode);
        var activity = await App.WithDbAsync(db => db.Activities.Include(a => a.Files).SingleAsync(a => a.Title == title));
        Assert.Equal(keys, activity.Files.OrderBy(f => f.Id).Select(f => f.StorageKey));
        Assert.Equal(["一.jpg", "二.pdf"], activity.Files.OrderBy(f => f.Id).Select(f => f.FileName));
        Assert.All(activity.Files, f => Assert.Equal(activity.UnitPath, f.UnitPath));
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == first.Token || p.Token == second.Token)));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "ActivityFile" && e.UserName == "wsz-school")));

        // Once: a second form naming the same tokens is refused and takes nothing from the first activity.
        var again = await (await SaveAsync(school, Fields(title + "再存", unit.Id), first.Token)).HtmlAsync();
        Assert.Contains("请重新选择", again);
        Assert.Equal(2, await App.WithDbAsync(db => db.ActivityFiles.CountAsync(f => f.ActivityId == activity.Id)));
    }

    [Fact]
    public async Task An_upload_not_saved_within_a_day_cannot_be_claimed_and_is_removed_with_its_bytes()
    {
        var unit = await App.UnitAsync("乌审召小学");
        var school = await App.SignedInAsync("wsz-school");
        var old = await UploadedAsync(school, "昨天.jpg", ActivityForms.Jpeg());
        var row = await App.WithDbAsync(async db =>
        {
            var p = await db.PendingUploads.SingleAsync(p => p.Token == old.Token);
            p.CreatedUtc = DateTime.UtcNow - PendingUploads.Lifetime - TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync();
            return p;
        });
        var path = Path.Combine(FilesDirectory, row.StorageKey[..2], row.StorageKey);

        var title = "过期照片" + Guid.NewGuid().ToString("N")[..6];
        Assert.Contains("已超过24小时未保存而被清除", await (await SaveAsync(school, Fields(title, unit.Id), old.Token)).HtmlAsync());
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync(old.ThumbnailUrl)).StatusCode);
        Assert.True(File.Exists(path));

        // The next upload, anyone's, clears it.
        await UploadedAsync(await App.SignedInAsync("wushenzhao"), "今天.jpg", ActivityForms.Jpeg());
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == old.Token)));
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".thumb.jpg"));
    }
}

public sealed class PendingUploadTestsOnSqlite(SqliteAppFixture fixture) : PendingUploadTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PendingUploadTestsOnPostgres(PostgresAppFixture fixture) : PendingUploadTests(fixture), IClassFixture<PostgresAppFixture>;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Notices;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// Issue 12's "a photo picked again after a validation error": the upload on pick of the activity form
/// (PendingUploadTests) serves every form that takes files. Each form names what it takes, the upload is checked
/// by that form's rules and again by the form that claims it, a refused form lists it again, and a save claims
/// it once.
/// </summary>
public abstract class FormUploadTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

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

    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private Task<string> KeyOfAsync(string token) => App.WithDbAsync(db => db.PendingUploads.Where(p => p.Token == token).Select(p => p.StorageKey).SingleAsync());

    private Task<bool> PendingAsync(string token) => App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token));

    private static Dictionary<string, string> Inspection(long elder, string date, string minors = "0", string followUp = "None") => new()
    {
        ["Inspection.Date"] = date, ["Inspection.Time"] = "21:00", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "1",
        ["Inspection.MinorsFound"] = minors, ["Inspection.SignPresent"] = "是", ["Inspection.IdChecksDone"] = "是", ["Inspection.FollowUpTo"] = followUp,
    };

    [Fact]
    public async Task Each_form_names_what_it_takes_and_who_may_upload_it()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var elder = await App.SignedInAsync("wsz-elder");

        // A 五老 patrols and inspects, so uploads photos for those forms; nothing for the activity or notice forms.
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(elder, SafetyPhotos.Kind.Name, "河边.jpg", ActivityForms.Jpeg())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(elder, UploadKind.Evidence, "a.jpg", ActivityForms.Jpeg())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(elder, NoticeUploads.Kind.Name, "a.pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(officer, "no-such-form", "a.jpg", ActivityForms.Jpeg())).StatusCode);

        // Each kind's own check: a pdf is evidence and a notice's attachment, but not a patrol's photo.
        var refused = await UploadAsync(officer, SafetyPhotos.Kind.Name, "报告.pdf", Pdf);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不是照片", await refused.Content.ReadAsStringAsync());
        Assert.False((await UploadedAsync(officer, NoticeUploads.Kind.Name, "通知.pdf", Pdf)).IsImage);
        Assert.False((await UploadedAsync(officer, UploadKind.Evidence, "报告.pdf", Pdf)).IsImage);
    }

    [Fact]
    public async Task An_inspection_keeps_its_uploaded_photos_through_a_refusal_and_claims_them_once()
    {
        var (_, elder, cafeId) = await SafetyPhotoTests.CafeAsync(App);
        var officer = await App.SignedInAsync("zhenglu");
        var photo = await UploadedAsync(officer, SafetyPhotos.Kind.Name, "门口.jpg", ActivityForms.Jpeg(640, 480));
        var key = await KeyOfAsync(photo.Token);

        // Refused (minors found, handed to nobody): nothing claimed, and the form lists the photo again.
        var refused = WebUtility.HtmlDecode(await (await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", Inspection(elder, "2023-11-05", minors: "2"), uploaded: [photo.Token])).Content.ReadAsStringAsync());
        Assert.Contains("须移交派出所或文化执法处理", refused);
        Assert.Contains($"value=\"{photo.Token}\"", refused);
        Assert.Contains("门口.jpg", refused);
        Assert.DoesNotContain("照片需要重新选择", refused);
        Assert.True(await PendingAsync(photo.Token));

        // A pdf uploaded for another form is not taken as a photo when the inspection claims it.
        var pdf = await UploadedAsync(officer, UploadKind.Evidence, "记录.pdf", Pdf);
        var wrong = WebUtility.HtmlDecode(await (await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", Inspection(elder, "2023-11-05"), uploaded: [photo.Token, pdf.Token])).Content.ReadAsStringAsync());
        Assert.Contains("“记录.pdf”不是照片", wrong);
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));

        // Saved: the photo is the inspection's, its bytes where they were; the upload is gone.
        var saved = await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", Inspection(elder, "2023-11-05", minors: "2", followUp: "Police"), uploaded: [photo.Token]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var inspection = await App.WithDbAsync(db => db.CafeInspections.Where(i => i.CafeId == cafeId).Select(i => i.Id).SingleAsync());
        var kept = await App.WithDbAsync(db => db.SafetyPhotos.AsNoTracking().SingleAsync(p => p.Of == PhotoOf.CafeInspection && p.RecordId == inspection));
        Assert.Equal((key, "门口.jpg", true), (kept.StorageKey, kept.FileName, kept.HasThumbnail));
        Assert.False(await PendingAsync(photo.Token));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(PhotoEndpoints.Url(PhotoOf.CafeInspection, kept.Id))).StatusCode);

        // Sent again (the back button, a second tap): refused, nothing saved twice.
        var again = WebUtility.HtmlDecode(await (await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", Inspection(elder, "2023-11-06"), uploaded: [photo.Token])).Content.ReadAsStringAsync());
        Assert.Contains("请重新选择", again);
        Assert.Equal(1, await App.WithDbAsync(db => db.CafeInspections.CountAsync(i => i.CafeId == cafeId)));
        Assert.Equal(1, await App.WithDbAsync(db => db.SafetyPhotos.CountAsync(p => p.StorageKey == key)));
    }

    [Fact]
    public async Task A_notice_copies_its_uploaded_attachment_into_the_notice_store_and_a_progress_report_keeps_its_own()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var attachment = await UploadedAsync(officer, NoticeUploads.Kind.Name, "安排.pdf", Pdf);
        var waiting = await KeyOfAsync(attachment.Token);
        var title = "先传附件" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string> { ["Input.Title"] = string.Empty, ["Input.Body"] = "请各村按时上报。", ["Input.Audience"] = "Chosen", ["unit"] = village.Id.ToString() };

        var refused = WebUtility.HtmlDecode(await (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields, uploaded: [attachment.Token])).Content.ReadAsStringAsync());
        Assert.Contains("请填写通知标题", refused);
        Assert.Contains($"value=\"{attachment.Token}\"", refused);

        fields["Input.Title"] = title;
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields, uploaded: [attachment.Token])).StatusCode);
        var file = await App.WithDbAsync(async db =>
        {
            var notice = await db.Notices.Where(n => n.Title == title).Select(n => n.Id).SingleAsync();
            return await db.NoticeFiles.AsNoTracking().SingleAsync(f => f.NoticeId == notice);
        });
        Assert.Equal("安排.pdf", file.FileName);
        Assert.Equal(Pdf, await App.WithServiceAsync<NoticeFiles, byte[]>(async files =>
        {
            await using var stream = files.Open(file.StorageKey)!;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }));
        Assert.False(await PendingAsync(attachment.Token));
        Assert.False(await App.WithServiceAsync<EvidenceFiles, bool>(files =>
        {
            using var stream = files.Open(waiting, thumbnail: false);
            return Task.FromResult(stream is not null);
        }));

        // The village reports progress on its task with a photo picked before the report was written.
        var recorder = await App.SignedInAsync("zl-jiaoxi");
        var assignment = await App.WithDbAsync(db => db.TaskAssignments.AsNoTracking().Where(a => a.UnitId == village.Id && !a.NotApplicable).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var photo = await UploadedAsync(recorder, UploadKind.Evidence, "宣讲.jpg", ActivityForms.Jpeg());
        var report = new Dictionary<string, string> { ["date"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["percent"] = "60", ["text"] = string.Empty };
        var again = WebUtility.HtmlDecode(await (await ActivityForms.PostAsync(recorder, $"/plans/assignments/{assignment}", "progress", report, uploaded: [photo.Token])).Content.ReadAsStringAsync());
        Assert.Contains("请写明做了什么", again);
        Assert.Contains($"value=\"{photo.Token}\"", again);
        var text = "入户宣讲" + Guid.NewGuid().ToString("N")[..6];
        report["text"] = text;
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(recorder, $"/plans/assignments/{assignment}", "progress", report, uploaded: [photo.Token])).StatusCode);
        var evidence = await App.WithDbAsync(async db =>
        {
            var progress = await db.TaskProgress.Where(p => p.Text == text).Select(p => p.Id).SingleAsync();
            return await db.ProgressFiles.Where(f => f.ProgressId == progress).Select(f => f.FileName).ToListAsync();
        });
        Assert.Equal(["宣讲.jpg"], evidence);
        Assert.False(await PendingAsync(photo.Token));
    }
}

public sealed class FormUploadTestsOnSqlite(SqliteAppFixture fixture) : FormUploadTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class FormUploadTestsOnPostgres(PostgresAppFixture fixture) : FormUploadTests(fixture), IClassFixture<PostgresAppFixture>;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Guangong.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// A 50–200 MP camera's photo the phone could not shrink: taken on the activity form and the safety forms, kept
/// scaled and upright with its thumbnail; over 200 MP refused beside the field in Chinese. A full-resolution photo of a
/// 108 MP phone has 20–35 MB: a file of the evidence store may have 50 MB, and one over it is refused naming the limit.
/// </summary>
public abstract class LargePhotoTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    /// <summary>9000 × 6700 = 60 MP, taken with the phone held upright (EXIF orientation 6: stored on its side).</summary>
    private static readonly byte[] SixtyMegapixels = Images.Oriented(Images.FlatJpeg(9000, 6700), 6);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync("/activities/new");
        var form = new MultipartFormDataContent { { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.PostAsync(PendingUploadEndpoints.Url, form);
    }

    /// <summary>The stored picture's and its thumbnail's sizes, decoded from the store.</summary>
    private Task<(SKSizeI Picture, SKSizeI Thumbnail)> SizesAsync(string key) => App.WithServiceAsync<EvidenceFiles, (SKSizeI, SKSizeI)>(files =>
    {
        SKSizeI SizeOf(bool thumbnail)
        {
            using var stream = files.Open(key, thumbnail)!;
            using var codec = SKCodec.Create(stream);
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
            return codec.Info.Size;
        }

        return Task.FromResult((SizeOf(false), SizeOf(true)));
    });

    [Fact]
    public async Task A_60_megapixel_photo_picked_on_the_activity_form_is_kept_upright_at_1600_px_with_its_thumbnail()
    {
        var unit = await App.UnitAsync("乌审召小学");
        var school = await App.SignedInAsync("wsz-school");

        var response = await UploadAsync(school, "相机原图.jpg", SixtyMegapixels);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var upload = (await response.Content.ReadFromJsonAsync<PendingUploadDto>())!;
        Assert.True(upload.IsImage);

        var title = "六千万像素" + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(school, "/activities/new", "activity-create", ActivityForms.NewActivityFields(title, unit.Id), uploaded: [upload.Token])).StatusCode);
        var photo = await App.WithDbAsync(db => db.ActivityFiles.AsNoTracking().SingleAsync(f => f.Activity!.Title == title));
        Assert.Equal(("相机原图.jpg", FileSignature.Jpeg, true), (photo.FileName, photo.ContentType, photo.HasThumbnail));
        Assert.InRange(photo.SizeBytes, 1, 1024 * 1024);

        // Upright: the 9000 × 6700 stored on its side is a portrait picture, 1600 px high; the thumbnail 360.
        var (picture, thumbnail) = await SizesAsync(photo.StorageKey);
        Assert.Equal(new SKSizeI(1191, ScaledPicture.StoredSide), picture);
        Assert.Equal(new SKSizeI(267, EvidenceFiles.ThumbnailSide), thumbnail);
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/activities/files/{photo.Id}?thumb=1")).StatusCode);
    }

    [Fact]
    public async Task A_60_megapixel_photo_sent_with_a_cafe_inspection_is_kept_scaled_with_its_thumbnail()
    {
        var (_, elder, cafeId) = await SafetyPhotoTests.CafeAsync(App);
        var api = await App.ApiClientAsync("zhenglu");
        using var form = SafetyPhotoTests.Multipart("inspection", SafetyPhotoTests.Inspection(elder), ("门口.jpg", SixtyMegapixels));
        var saved = await api.PostAsync($"/api/v1/cafes/{cafeId}/inspections", form);
        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());

        var photo = await App.WithDbAsync(db => db.SafetyPhotos.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Of == PhotoOf.CafeInspection && db.CafeInspections.IgnoreQueryFilters().Any(i => i.Id == p.RecordId && i.CafeId == cafeId)).SingleAsync());
        Assert.Equal((FileSignature.Jpeg, true), (photo.ContentType, photo.HasThumbnail));
        Assert.Equal((new SKSizeI(1191, 1600), new SKSizeI(267, 360)), await SizesAsync(photo.StorageKey));
    }

    [Fact]
    public async Task A_108_megapixel_photo_is_kept_scaled_and_one_over_200_megapixels_is_refused_beside_the_field_on_upload_and_with_the_form()
    {
        var unit = await App.UnitAsync("乌审召小学");
        var school = await App.SignedInAsync("wsz-school");
        var kept = await UploadAsync(school, "一亿像素.jpg", Images.FlatJpeg(12000, 9000)); // 108 MP
        Assert.True(kept.StatusCode == HttpStatusCode.OK, await kept.Content.ReadAsStringAsync());
        var token = (await kept.Content.ReadFromJsonAsync<PendingUploadDto>())!.Token;
        var key = await App.WithDbAsync(db => db.PendingUploads.Where(p => p.Token == token).Select(p => p.StorageKey).SingleAsync());
        Assert.Equal((new SKSizeI(1600, 1200), new SKSizeI(360, 270)), await SizesAsync(key));

        var huge = Images.FlatJpeg(16400, 12300); // 202 MP
        var upload = await UploadAsync(school, "两亿像素.jpg", huge);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("“两亿像素.jpg”无法作为图片打开：文件已损坏，或超过2亿像素。", await upload.Content.ReadAsStringAsync());

        // Sent with the form (no script on the phone): the form comes back with the reason under the photo field.
        var title = "两亿像素" + Guid.NewGuid().ToString("N")[..6];
        var html = await (await ActivityForms.PostAsync(school, "/activities/new", "activity-create", ActivityForms.NewActivityFields(title, unit.Id), files: [("photos", "两亿像素.jpg", huge)])).HtmlAsync();
        Assert.Contains("validation-message\">“两亿像素.jpg”无法作为图片打开：文件已损坏，或超过2亿像素。请换一张照片，或用手机压缩后再上传。", html);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task An_evidence_file_of_up_to_50_MB_is_taken_and_a_larger_one_is_refused_naming_the_limit()
    {
        Assert.Equal(50L * 1024 * 1024, EvidenceFiles.MaxBytes);
        var unit = await App.UnitAsync("乌审召小学");
        var school = await App.SignedInAsync("wsz-school");
        byte[] Pdf(long size) => [.. "%PDF-1.4\n"u8, .. new byte[size - 9]];

        var taken = await UploadAsync(school, "全分辨率.pdf", Pdf(EvidenceFiles.MaxBytes));
        Assert.True(taken.StatusCode == HttpStatusCode.OK, await taken.Content.ReadAsStringAsync());
        Assert.Equal(EvidenceFiles.MaxBytes, (await taken.Content.ReadFromJsonAsync<PendingUploadDto>())!.SizeBytes);

        var over = await UploadAsync(school, "太大.pdf", Pdf(EvidenceFiles.MaxBytes + 1));
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("“太大.pdf”有50MB，超过了每个文件50MB的上限。", await over.Content.ReadAsStringAsync());

        // Sent with the form (no script): the page's own limit lets the file in, and the check refuses it in the same words.
        var title = "太大" + Guid.NewGuid().ToString("N")[..6];
        var html = await (await ActivityForms.PostAsync(school, "/activities/new", "activity-create", ActivityForms.NewActivityFields(title, unit.Id), files: [("files", "太大.pdf", Pdf(EvidenceFiles.MaxBytes + 1))])).HtmlAsync();
        Assert.Contains("超过了每个文件50MB的上限", html);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }
}

public sealed class LargePhotoTestsOnSqlite(SqliteAppFixture fixture) : LargePhotoTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class LargePhotoTestsOnPostgres(PostgresAppFixture fixture) : LargePhotoTests(fixture), IClassFixture<PostgresAppFixture>;

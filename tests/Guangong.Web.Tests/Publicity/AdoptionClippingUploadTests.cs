using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Publicity;

/// <summary>
/// Issue 12's "a photo picked again after a validation error" on 登记采用: the clipping goes up as it is picked
/// (adoption-clipping), a refused form lists it again, the save stores it scaled as the adoption's clipping and ends
/// the upload, and the same form sent again (its key) records nothing twice.
/// </summary>
public abstract class AdoptionClippingUploadTests(AppFixture fixture)
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

    [Fact]
    public async Task A_clipping_uploaded_on_pick_survives_a_refusal_and_is_the_adoptions_once()
    {
        var town = await PublicityTown.CreateAsync(App);
        var article = (await town.ArticleAsync(App)).GetProperty("id").GetInt64();
        var reporter = await App.SignedInAsync(town.Reporter, PublicityTown.Password);

        var refusedUpload = await UploadAsync(reporter, ArticleImages.ClippingKind.Name, "剪报.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, refusedUpload.StatusCode);
        Assert.Contains("jpg、png 或 webp", await refusedUpload.Content.ReadAsStringAsync());
        var upload = await UploadAsync(reporter, ArticleImages.ClippingKind.Name, "版面.jpg", ActivityForms.Jpeg(1200, 900));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var token = (await upload.Content.ReadFromJsonAsync<PendingUploadDto>())!.Token;

        var url = $"/publicity/articles/{article}";
        var fields = new Dictionary<string, string> { ["outletId"] = town.CityOutlet.ToString(), ["date"] = "2023-05-12", ["link"] = string.Empty, ["pageIssue"] = string.Empty, ["once"] = OneTimeKey.New() };
        var refused = await (await ActivityForms.PostAsync(reporter, url, "article-adopt", fields, uploaded: [token])).HtmlAsync();
        Assert.Contains("请填写网页链接", refused);
        Assert.Contains($"value=\"{token}\"", refused);
        Assert.Contains("版面.jpg", refused);
        Assert.Contains($"value=\"{fields["once"]}\"", refused);

        fields["pageIssue"] = "第2版";
        var saved = await (await ActivityForms.PostAsync(reporter, url, "article-adopt", fields, uploaded: [token])).HtmlAsync();
        Assert.Contains("已登记采用。", saved);
        var adoption = await App.WithDbAsync(db => db.Adoptions.AsNoTracking().SingleAsync(a => a.ArticleId == article));
        Assert.NotNull(adoption.ClippingKey);
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)));
        var clipping = await reporter.GetAsync($"/publicity/adoptions/{adoption.Id}/clipping");
        Assert.Equal(HttpStatusCode.OK, clipping.StatusCode);
        Assert.Equal("image/jpeg", clipping.Content.Headers.ContentType?.MediaType);

        // The same form again (back and 登记): answered as saved, one adoption.
        Assert.Contains("已登记采用。", await (await ActivityForms.PostAsync(reporter, url, "article-adopt", fields, uploaded: [token])).HtmlAsync());
        Assert.Equal(1, await App.WithDbAsync(db => db.Adoptions.CountAsync(a => a.ArticleId == article)));
    }

    [Fact]
    public async Task An_article_picture_over_40_megapixels_is_shrunk_on_the_server_and_one_that_cannot_be_decoded_is_refused_in_chinese()
    {
        var officer = await App.SignedInAsync("zhenglu");

        // 8000 × 5200 = 41.6 MP: over the evidence store's 40 MP thumbnail limit, which refused it before.
        byte[] big;
        using (var bitmap = new SkiaSharp.SKBitmap(8000, 5200))
        {
            using (var canvas = new SkiaSharp.SKCanvas(bitmap))
            {
                canvas.Clear(SkiaSharp.SKColors.Wheat);
            }

            using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
            big = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80).ToArray();
        }

        var response = await UploadAsync(officer, ArticleImages.Kind.Name, "相机原图.jpg", big);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var upload = (await response.Content.ReadFromJsonAsync<PendingUploadDto>())!;
        Assert.True(upload.IsImage);
        var key = await App.WithDbAsync(db => db.PendingUploads.Where(p => p.Token == upload.Token).Select(p => p.StorageKey).SingleAsync());
        var kept = await App.WithServiceAsync<EvidenceFiles, byte[]>(async files =>
        {
            await using var stream = files.Open(key, thumbnail: false)!;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });
        using (var codec = SkiaSharp.SKCodec.Create(new MemoryStream(kept)))
        {
            Assert.Equal((ArticleImages.MaxSide, 1040), (codec.Info.Width, codec.Info.Height));
        }

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(PendingUploadEndpoints.ThumbnailUrl(upload.Token))).StatusCode);

        // A JPEG's first bytes and nothing a decoder can read: refused, in Chinese, naming the file.
        var broken = await UploadAsync(officer, ArticleImages.Kind.Name, "坏照片.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("“坏照片.jpg”无法作为图片打开", await broken.Content.ReadAsStringAsync());
    }
}

public sealed class AdoptionClippingUploadTestsOnSqlite(SqliteAppFixture fixture) : AdoptionClippingUploadTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AdoptionClippingUploadTestsOnPostgres(PostgresAppFixture fixture) : AdoptionClippingUploadTests(fixture), IClassFixture<PostgresAppFixture>;
